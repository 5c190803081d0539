import "server-only";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { redactTokenLinks } from "@/lib/domain/mail-redaction";
import { db } from "./db";
import { smtpSettings, type SmtpSettings } from "./env";

/**
 * Sends the outbox (OutboundEmail, filled by queueMail in lib/server/mail.ts)
 * over SMTP. Without SMTP configured nothing is sent: the messages stay in the
 * outbox, where staff read them at /beheer/e-mail.
 *
 * A message the server refuses gets `error` set and is tried again on later
 * runs, at most MAX_ATTEMPTS times in all; the attempt count is kept in the
 * error text ("attempt 2/5: …"), so the schema needs no extra column. When the
 * server cannot be reached or refuses the login, no message is charged an
 * attempt: the batch waits for the next run.
 */

export const MAX_ATTEMPTS = 5;

const ATTEMPT_PATTERN = /^attempt (\d+)\/\d+: /;

/** How often delivery of this message failed so far (0 when never). */
export function failedAttempts(error: string | null): number {
  if (!error) return 0;
  const match = ATTEMPT_PATTERN.exec(error);
  return match ? Number(match[1]) : 1;
}

/** True when the message failed MAX_ATTEMPTS times and will not be tried again. */
export function deliveryGivenUp(error: string | null): boolean {
  return failedAttempts(error) >= MAX_ATTEMPTS;
}

export function isSmtpConfigured(): boolean {
  return smtpSettings() !== null;
}

function createTransport(settings: SmtpSettings) {
  if ("url" in settings) return nodemailer.createTransport(settings.url);
  const options: SMTPTransport.Options = {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
  };
  return nodemailer.createTransport(options);
}

function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Why nothing was attempted: no SMTP configured, or the server could not be reached. */
  skipped?: "NOT_CONFIGURED" | "UNREACHABLE";
}

/**
 * Sends up to `limit` unsent messages, oldest first, each as plain text plus
 * HTML, and records `sentAt` (= now) or the error. A sent message's stored
 * text and HTML keep token links only redacted (lib/domain/mail-redaction.ts).
 */
export async function deliverPendingMail({ limit = 50, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<DeliveryResult> {
  const settings = smtpSettings();
  if (!settings) return { sent: 0, failed: 0, skipped: "NOT_CONFIGURED" };

  const pending = await db.outboundEmail.findMany({
    where: {
      sentAt: null,
      OR: [{ error: null }, { NOT: { error: { startsWith: `attempt ${MAX_ATTEMPTS}/` } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  if (pending.length === 0) return { sent: 0, failed: 0 };

  const transport = createTransport(settings);
  try {
    try {
      await transport.verify();
    } catch (err) {
      console.error(`[mail] SMTP server not usable, ${pending.length} message(s) wait: ${errorMessage(err)}`);
      return { sent: 0, failed: 0, skipped: "UNREACHABLE" };
    }
    let sent = 0;
    let failed = 0;
    for (const message of pending) {
      try {
        await transport.sendMail({ from: settings.from, to: message.toAddress, subject: message.subject, text: message.textBody, html: message.htmlBody });
        // Delivered: the stored copy keeps no usable set-password or confirmation link.
        await db.outboundEmail.update({
          where: { id: message.id },
          data: { sentAt: now, error: null, textBody: redactTokenLinks(message.textBody), htmlBody: redactTokenLinks(message.htmlBody) },
        });
        sent++;
      } catch (err) {
        const attempt = failedAttempts(message.error) + 1;
        await db.outboundEmail.update({ where: { id: message.id }, data: { error: `attempt ${attempt}/${MAX_ATTEMPTS}: ${errorMessage(err)}` } });
        failed++;
      }
    }
    return { sent, failed };
  } finally {
    transport.close();
  }
}

/**
 * Starts sending the outbox every `intervalMs` in this process (from
 * instrumentation.ts), but only when SMTP is configured. Runs never overlap.
 * Returns a function that stops the runner.
 */
export function startMailDeliveryRunner(intervalMs = 15_000): () => void {
  if (!isSmtpConfigured()) {
    console.info("[mail] no SMTP configured: e-mail stays in the outbox (/beheer/e-mail)");
    return () => {};
  }
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await deliverPendingMail();
      if (result.sent || result.failed) console.info(`[mail] sent ${result.sent}, failed ${result.failed}`);
    } catch (err) {
      console.error(`[mail] delivery run failed: ${errorMessage(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

export interface OutboundEmailDto {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
  /** Failed MAX_ATTEMPTS times: no further attempts. */
  givenUp: boolean;
}

/** The outbox for staff, newest first. */
export async function listOutboundEmail(limit = 200): Promise<OutboundEmailDto[]> {
  const rows = await db.outboundEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, toAddress: true, subject: true, textBody: true, createdAt: true, sentAt: true, error: true },
  });
  return rows.map((r) => ({ ...r, givenUp: !r.sentAt && deliveryGivenUp(r.error) }));
}
