import "server-only";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { addLocalDays, instantToLocalDate, startOfLocalDay } from "@/lib/domain/local-time";
import { signingStatus } from "@/lib/domain/plan/signatures";
import { lastIncludedMinute } from "@/lib/domain/timeline";
import { recordAudit } from "../audit";
import { getNow } from "../clock";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { currentVersion, loadPlan, loadPlanContext, signatoriesOf } from "./plan-context";
import { planPath, usersOf } from "./plan";

// Reminders before the signing window (milestone PLAN_OF_APPROACH) closes:
// N local days before the close, every party of a school with a final choice
// whose plan is not yet final, and that has not signed the current version,
// gets one e-mail. Idempotent: each (school, N) is recorded in the audit log
// (action plan.reminder) under an advisory lock, so a second run, a second
// server process or a restart sends nothing twice. When the runner was down
// past several thresholds, only the latest one passed is sent.

export const REMINDER_DAYS_BEFORE_CLOSE = [14, 7, 2] as const;

export interface ReminderRun {
  schoolId: string;
  daysBefore: number;
  messages: number;
}

export async function queuePlanSigningReminders(now: Date, daysBefore: readonly number[] = REMINDER_DAYS_BEFORE_CLOSE): Promise<ReminderRun[]> {
  const runs: ReminderRun[] = [];
  const milestones = await db.milestone.findMany({ where: { key: "PLAN_OF_APPROACH", closesAt: { not: null } } });
  for (const milestone of milestones) {
    const closesAt = milestone.closesAt!;
    if (now < milestone.opensAt || now >= closesAt) continue;
    const closeDay = instantToLocalDate(closesAt);
    const due = [...daysBefore].sort((a, b) => a - b).find((n) => now >= startOfLocalDay(addLocalDays(closeDay, -n)));
    if (due === undefined) continue;
    const schools = await db.school.findMany({ where: { procedureId: milestone.procedureId }, select: { id: true } });
    for (const { id: schoolId } of schools) {
      const run = await remindSchool(milestone.procedureId, schoolId, due, closesAt, now);
      if (run) runs.push(run);
    }
  }
  return runs;
}

async function remindSchool(procedureId: string, schoolId: string, daysBefore: number, closesAt: Date, now: Date): Promise<ReminderRun | null> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`plan-reminder:${schoolId}`}))) AS l`;
    const done = await tx.auditEvent.findFirst({ where: { action: "plan.reminder", entityType: "School", entityId: schoolId, after: { path: ["daysBefore"], equals: daysBefore } } });
    if (done) return null;
    const ctx = await loadPlanContext(tx, procedureId, schoolId, now);
    if (!ctx || !ctx.choiceFinal) return null;
    const plan = await loadPlan(tx, schoolId);
    if (plan?.status === "FINAL") return null;
    const required = signatoriesOf(ctx);
    const version = plan ? currentVersion(plan) : null;
    const missing = version ? signingStatus(required, version.signatures, version.contentSha256).missing : required;
    const users = await usersOf(tx, missing.map((m) => m.organisationId));
    const deadline = formatDateTimeWithZone(lastIncludedMinute(closesAt));
    const messages = users.flatMap((u) => {
      const party = missing.find((m) => m.organisationId === u.organisationId)?.party;
      if (!party) return [];
      return [{
        to: u.email,
        subject: `Herinnering: plan van aanpak van ${ctx.school.name} ondertekenen vóór ${deadline}`,
        text:
          `Het plan van aanpak van ${ctx.school.name} moet uiterlijk ${deadline} door alle partijen zijn ondertekend. ` +
          `Uw organisatie heeft ${version ? `versie ${version.number} nog niet ondertekend` : "nog niet ondertekend: het plan is nog niet vastgelegd voor ondertekening"}.\n\n` +
          `${baseUrl()}${planPath(party, schoolId)}`,
      }];
    });
    await queueMail(tx, messages, now);
    await recordAudit(tx, null, now, {
      action: "plan.reminder", entityType: "School", entityId: schoolId, procedureId,
      after: { daysBefore, organisations: missing.map((m) => m.organisationId), messages: messages.length },
    });
    return { schoolId, daysBefore, messages: messages.length };
  });
}

/** The background runner (instrumentation.ts): checks every interval whether reminders are due. */
export function startPlanReminderRunner(intervalMs = 60 * 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const runs = await queuePlanSigningReminders(await getNow());
      for (const r of runs) console.info(`[plan] signing reminder (${r.daysBefore} days before the close): ${r.messages} message(s) for school ${r.schoolId}`);
    } catch (err) {
      console.error(`[plan] reminder run failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
