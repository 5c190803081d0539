import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { queueMail } from "@/lib/server/mail";
import { deliverPendingMail, MAX_ATTEMPTS } from "@/lib/server/mail-delivery";
import { BASE_URL, decodedBody, ENV_KEYS, header, type Received, restoreSmtpEnv, startServer, useSmtp } from "./support/smtp-server";

// Delivery of the outbox over a real SMTP server (smtp-server) on 127.0.0.1.

const queuedAt = new Date("2025-06-02T08:00:00Z");
const sentAt = new Date("2025-06-02T08:00:15Z");

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

  afterEach(restoreSmtpEnv);

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
