import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { deliverPendingMail } from "@/lib/server/mail-delivery";
import { authenticate } from "@/lib/server/services/authenticate";
import { requestPasswordReset } from "@/lib/server/services/password-reset";
import { setPasswordWithToken } from "@/lib/server/services/set-password";
import { inviteUser } from "@/lib/server/services/users";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { BASE_URL, decodedBody, header, restoreSmtpEnv, startServer, useSmtp } from "./support/smtp-server";
import { actorFor } from "./support/actors";

// The invitation and password-reset mails travel over a real SMTP server and
// carry a link behind the configured base URL that sets a password.

const realNow = new Date();
const ip = "203.0.113.40";
const LINK = new RegExp(`${BASE_URL.replace(/[/.]/g, "\\$&")}/wachtwoord-instellen/([A-Za-z0-9_-]{43})`);

describe("account mails over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    smtp = await startServer();
  });
  afterAll(async () => smtp.close());
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
    smtp.received.length = 0;
    useSmtp(smtp.port);
  });
  afterEach(restoreSmtpEnv);

  /** Delivers the outbox and returns the token from the link in the one message to `to`. */
  async function linkTokenMailedTo(to: string, subject: RegExp): Promise<string> {
    expect(await deliverPendingMail({ now: realNow })).toMatchObject({ sent: 1, failed: 0 });
    const message = smtp.received.find((m) => m.to.includes(to));
    expect(message, `a message to ${to}`).toBeDefined();
    expect(header(message?.raw ?? "", "Subject")).toMatch(subject);
    const body = decodedBody(message?.raw ?? "");
    const token = LINK.exec(body)?.[1];
    expect(token, `a ${BASE_URL}/wachtwoord-instellen/… link in: ${body}`).toBeDefined();
    // The HTML part links to the same address.
    expect(body).toContain(`href="${BASE_URL}/wachtwoord-instellen/${token}"`);
    return token ?? "";
  }

  it("an invitation arrives with a link that sets the password, once", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const horizon = await db.organisation.findFirstOrThrow({ where: { name: "SBO Horizon" } });
    await inviteUser({ actor: staff, input: { organisationId: horizon.id, name: "Anna Smit", email: "anna@horizon.example" }, realNow });

    const token = await linkTokenMailedTo("anna@horizon.example", /^Uitnodiging/);
    const password = "drie kikkers in de sloot";
    await setPasswordWithToken({ token, password, now: realNow });
    const login = await authenticate({ email: "anna@horizon.example", password, ip, userAgent: null, realNow });
    expect(login.ok).toBe(true);
    await expect(setPasswordWithToken({ token, password: "nog een ander wachtwoord hier", now: realNow })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("after delivery the stored copy keeps the link only redacted, while the received mail has the token", async () => {
    const email = demoAccounts.provider.email;
    await requestPasswordReset({ email, ip, realNow });
    const queued = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: email } });
    const token = await linkTokenMailedTo(email, /^Nieuw wachtwoord instellen/);
    expect(queued.textBody).toContain(token);

    const stored = await db.outboundEmail.findUniqueOrThrow({ where: { id: queued.id } });
    expect(stored.sentAt).toEqual(realNow);
    expect(stored.textBody).not.toContain(token);
    expect(stored.htmlBody).not.toContain(token);
    expect(stored.textBody).toContain(`${BASE_URL}/wachtwoord-instellen/[verborgen]`);
    expect(stored.htmlBody).toContain(`href="${BASE_URL}/wachtwoord-instellen/[verborgen]"`);
    // The rest of the message is kept as it was.
    expect(stored.textBody.replace("[verborgen]", token)).toBe(queued.textBody);
    // The link in the received mail still works.
    await setPasswordWithToken({ token, password: "fietsen langs de vliet in oktober", now: realNow });
  });

  it("a reset mail arrives with a link that sets a new password; the old one stops working", async () => {
    const email = demoAccounts.provider.email;
    await requestPasswordReset({ email, ip, realNow });

    const token = await linkTokenMailedTo(email, /^Nieuw wachtwoord instellen/);
    const password = "fietsen langs de vliet in oktober";
    await setPasswordWithToken({ token, password, now: realNow });
    expect((await authenticate({ email, password, ip, userAgent: null, realNow })).ok).toBe(true);
  });
});
