import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { baseUrl } from "./env";

type Tx = Prisma.TransactionClient;

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain-text body; the HTML version is derived from it. */
  text: string;
}

const PORTAL_NAME = "Inkoopportaal Collectieve Jeugdhulp op School";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** The text as simple HTML: paragraphs, line breaks, and every web address a link. */
function textToHtml(text: string): string {
  const linked = escapeHtml(text).replace(/https?:\/\/[^\s<]+[^\s<.,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`);
  return `<p>${linked.replace(/\n\n/g, "</p><p>").replace(/\n/g, "<br>")}</p>`;
}

/**
 * Queues e-mail in the outbox (OutboundEmail), inside the caller's
 * transaction so that a message exists exactly when its cause was committed.
 * Delivery over SMTP (issue 3) reads the outbox; without SMTP the messages
 * stay readable for staff.
 */
export async function queueMail(tx: Tx, messages: MailMessage[], now: Date): Promise<void> {
  if (messages.length === 0) return;
  await tx.outboundEmail.createMany({
    data: messages.map((m) => {
      const text = `${m.text}\n\n— ${PORTAL_NAME}\n${baseUrl()}`;
      const html = `${textToHtml(m.text)}<p>— ${PORTAL_NAME}<br><a href="${escapeHtml(baseUrl())}">${escapeHtml(baseUrl())}</a></p>`;
      return { toAddress: m.to, subject: `${m.subject} — ${PORTAL_NAME}`, textBody: text, htmlBody: html, createdAt: now };
    }),
  });
}
