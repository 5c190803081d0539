import "server-only";

// The only place that reads process.env for the portal's own settings.

/** Demo mode: demo accounts and a settable clock. Never on in production. */
export function isDemoMode(): boolean {
  return process.env.PORTAL_DEMO === "1";
}

export function baseUrl(): string {
  return (process.env.PORTAL_BASE_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** next-auth's signing secret (required by next-auth in production mode). */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
}

/**
 * SMTP settings for sending the outbox (lib/server/mail-delivery.ts), or null
 * when no SMTP server is configured: then messages stay in the outbox, where
 * staff read them at /beheer/e-mail. Either SMTP_URL (smtp://user:pass@host:587,
 * smtps://… for implicit TLS) or SMTP_HOST with SMTP_PORT, SMTP_USER,
 * SMTP_PASSWORD and SMTP_SECURE ("1"/"true": TLS from the start, usually port 465).
 */
export type SmtpSettings =
  | { url: string; from: string }
  | { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

export function smtpSettings(): SmtpSettings | null {
  const from = process.env.MAIL_FROM?.trim() || "Inkoopportaal Jeugdhulp op School <noreply@localhost>";
  const url = process.env.SMTP_URL?.trim();
  if (url) return { url, from };
  const host = process.env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = ["1", "true"].includes((process.env.SMTP_SECURE ?? "").trim().toLowerCase());
  const port = Number(process.env.SMTP_PORT?.trim() || (secure ? 465 : 587));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT is not a valid port: ${process.env.SMTP_PORT}`);
  return { host, port, secure, user: process.env.SMTP_USER?.trim() || undefined, password: process.env.SMTP_PASSWORD || undefined, from };
}
