import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { queueMail } from "@/lib/server/mail";
import { deliverPendingMail, MAX_ATTEMPTS } from "@/lib/server/mail-delivery";

// Delivery of the outbox over a real SMTP server (smtp-server) on 127.0.0.1.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const BASE_URL = "https://portaal.example.nl/jeugdhulp";
const ENV_KEYS = ["SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE", "MAIL_FROM", "PORTAL_BASE_URL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
const queuedAt = new Date("2025-06-02T08:00:00Z");
const sentAt = new Date("2025-06-02T08:00:15Z");

async function startServer(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
    );
}

function header(raw: string, name: string): string {
  const head = (raw.split(/\r?\n\r?\n/)[0] ?? "").replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return decodeHeader(line?.slice(name.length + 1).trim() ?? "");
}

/** The message with quoted-printable soft breaks and escapes undone (good enough to search the text). */
function decodedBody(raw: string): string {
  const qp = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(qp, "latin1").toString("utf8");
}

function useSmtp(port: number) {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(port);
  process.env.MAIL_FROM = "Inkoopportaal Test <noreply@portaal.example.nl>";
  process.env.PORTAL_BASE_URL = BASE_URL;
}

async function queue(messages: Array<{ to: string; subject: string; text: string }>) {
  await db.$transaction((tx) => queueMail(tx, messages, queuedAt));
}

describe("delivery of the outbox over SMTP", () => {
  let accepting: Awaited<ReturnType<typeof startServer>>;
  let refusing: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    accepting = await startServer();
    refusing = await startServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      },
    });
  });

  afterAll(async () => {
    await accepting.close();
    await refusing.close();
  });

  beforeEach(async () => {
    await db.outboundEmail.deleteMany();
    accepting.received.length = 0;
    for (const k of ENV_KEYS) delete process.env[k];
    process.env.PORTAL_BASE_URL = BASE_URL;
  });

  afterEach(() => {
    for (const k of ENV_KEYS) {
      if (savedEnv[k] === undefined) delete process.env[k];
      else process.env[k] = savedEnv[k];
    }
  });

  it("sends queued messages, oldest first, as text and HTML with the portal link, and records sentAt", async () => {
    await queue([
      { to: "aanbieder@debrug.example", subject: "Uw vraag is beantwoord", text: "Het Servicebureau heeft uw vraag beantwoord." },
      { to: "directie@vuurtoren.example", subject: "Nieuwe datum", text: "Een datum in de procedure is verschoven." },
    ]);
    useSmtp(accepting.port);

    expect(await deliverPendingMail({ limit: 10, now: sentAt })).toEqual({ sent: 2, failed: 0 });

    expect(accepting.received).toHaveLength(2);
    const [first, second] = accepting.received as [Received, Received];
    expect(first.to).toEqual(["aanbieder@debrug.example"]);
    expect(second.to).toEqual(["directie@vuurtoren.example"]);
    expect(first.from).toBe("noreply@portaal.example.nl");
    expect(header(first.raw, "Subject")).toBe("Uw vraag is beantwoord — Inkoopportaal Collectieve Jeugdhulp op School");
    expect(header(second.raw, "Subject")).toBe("Nieuwe datum — Inkoopportaal Collectieve Jeugdhulp op School");
    for (const message of accepting.received) {
      expect(header(message.raw, "Content-Type")).toContain("multipart/alternative");
      const body = decodedBody(message.raw);
      expect(body).toContain("text/plain");
      expect(body).toContain("text/html");
      expect(body).toContain(BASE_URL);
      expect(body).toContain(`href="${BASE_URL}"`);
    }
    expect(decodedBody(first.raw)).toContain("Het Servicebureau heeft uw vraag beantwoord.");

    const rows = await db.outboundEmail.findMany({ orderBy: { toAddress: "asc" } });
    expect(rows.map((r) => [r.sentAt, r.error])).toEqual([[sentAt, null], [sentAt, null]]);

    // Nothing is sent twice.
    expect(await deliverPendingMail({ now: sentAt })).toEqual({ sent: 0, failed: 0 });
    expect(accepting.received).toHaveLength(2);
  });

  it("a refused message gets the error and no sentAt, and is retried at most MAX_ATTEMPTS times", async () => {
    await queue([{ to: "onbekend@nergens.example", subject: "Uitnodiging", text: "Welkom." }]);
    useSmtp(refusing.port);

    expect(await deliverPendingMail({ now: sentAt })).toEqual({ sent: 0, failed: 1 });
    const row = await db.outboundEmail.findFirstOrThrow();
    expect(row.sentAt).toBeNull();
    expect(row.error).toMatch(/^attempt 1\/5: .*Mailbox unavailable/);

    for (let i = 2; i <= MAX_ATTEMPTS; i++) await deliverPendingMail({ now: sentAt });
    expect((await db.outboundEmail.findFirstOrThrow()).error).toMatch(new RegExp(`^attempt ${MAX_ATTEMPTS}/${MAX_ATTEMPTS}: `));
    expect(await deliverPendingMail({ now: sentAt })).toEqual({ sent: 0, failed: 0 });
  });

  it("without SMTP nothing is sent and the messages stay in the outbox", async () => {
    await queue([{ to: "aanbieder@debrug.example", subject: "Demo", text: "Alleen in het portaal te lezen." }]);
    expect(await deliverPendingMail({ now: sentAt })).toEqual({ sent: 0, failed: 0, skipped: "NOT_CONFIGURED" });
    expect(await db.outboundEmail.findFirstOrThrow()).toMatchObject({ sentAt: null, error: null });
    expect(accepting.received).toHaveLength(0);
  });

  it("when the server cannot be reached no message is charged an attempt", async () => {
    await queue([{ to: "aanbieder@debrug.example", subject: "Later", text: "Straks." }]);
    const gone = await startServer();
    await gone.close();
    useSmtp(gone.port);
    expect(await deliverPendingMail({ now: sentAt })).toEqual({ sent: 0, failed: 0, skipped: "UNREACHABLE" });
    expect(await db.outboundEmail.findFirstOrThrow()).toMatchObject({ sentAt: null, error: null });
  });
});
