// Next's instrumentation hook: runs once when a server process starts.
// In the Node.js runtime it starts sending the e-mail outbox every 15 seconds,
// but only when SMTP is configured (see lib/server/mail-delivery.ts), and checks
// every minute whether the admission decisions are due to be mailed.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailDeliveryRunner } = await import("./lib/server/mail-delivery");
  startMailDeliveryRunner(15_000);
  // Mails the admission decisions once the announcement milestone has passed (also lazily from the result and staff pages).
  const { startAdmissionAnnouncementRunner } = await import("./lib/server/services/admission-assessment");
  startAdmissionAnnouncementRunner(60_000);
  // Queues the reminders to sign the plans of approach, 14, 7 and 2 days before the signing window closes (idempotent).
  const { startPlanReminderRunner } = await import("./lib/server/services/plan-reminders");
  startPlanReminderRunner(15 * 60_000);
}
