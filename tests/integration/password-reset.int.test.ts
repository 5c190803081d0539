import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { authenticate } from "@/lib/server/services/authenticate";
import { requestPasswordReset } from "@/lib/server/services/password-reset";
import { setPasswordWithToken } from "@/lib/server/services/set-password";
import { inviteUser } from "@/lib/server/services/users";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

const realNow = new Date();
const email = demoAccounts.provider.email;
const newPassword = "fietsen langs de vliet in oktober";
const ip = "203.0.113.20";

function linkIn(text: string): string {
  const match = /\/wachtwoord-instellen\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe("forgotten password", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
  });

  it("mails a single-use link valid for an hour; the new password then works and the old one not", async () => {
    await requestPasswordReset({ email, ip, realNow });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toMatch(/^Nieuw wachtwoord instellen/);
    const token = linkIn(mail.textBody);
    expect(mail.htmlBody).toContain(token);
    const stored = await db.userToken.findFirstOrThrow({ where: { kind: "PASSWORD_RESET" } });
    expect(stored.expiresAt.getTime() - realNow.getTime()).toBe(3_600_000);
    expect(stored.tokenHash).not.toBe(token);

    await setPasswordWithToken({ token, password: newPassword, now: realNow });
    expect((await authenticate({ email, password: newPassword, ip: "127.0.0.1", userAgent: null, realNow })).ok).toBe(true);
    expect((await authenticate({ email, password: "Demo-wachtwoord-2025", ip: "127.0.0.1", userAgent: null, realNow })).ok).toBe(false);
    await expect(setPasswordWithToken({ token, password: `${newPassword} nog eens`, now: realNow })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does nothing for an unknown or deactivated address (and the caller answers the same)", async () => {
    await requestPasswordReset({ email: "onbekend@example.org", ip, realNow });
    await db.user.update({ where: { email }, data: { active: false } });
    await requestPasswordReset({ email, ip, realNow });
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await db.userToken.count()).toBe(0);
  });

  it("refuses an expired link, pointing to 'Wachtwoord vergeten' (not to a new invitation)", async () => {
    await requestPasswordReset({ email, ip, realNow });
    const token = linkIn((await db.outboundEmail.findFirstOrThrow()).textBody);
    const refusal = setPasswordWithToken({ token, password: newPassword, now: new Date(realNow.getTime() + 3_600_000) });
    await expect(refusal).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/Vraag via 'Wachtwoord vergeten' een nieuwe link aan/) });
    await expect(refusal).rejects.toMatchObject({ message: expect.not.stringMatching(/uitnodig/) });
  });

  it("works for an invited user who never set a password (the way out of an expired invitation)", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const horizon = await db.organisation.findFirstOrThrow({ where: { name: "SBO Horizon" } });
    await inviteUser({ actor: staff, input: { organisationId: horizon.id, name: "Anna Smit", email: "anna@horizon.example" }, realNow });
    const later = new Date(realNow.getTime() + 8 * 86_400_000);
    await requestPasswordReset({ email: "anna@horizon.example", ip, realNow: later });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "anna@horizon.example", subject: { startsWith: "Nieuw wachtwoord instellen" } } });
    await setPasswordWithToken({ token: linkIn(mail.textBody), password: newPassword, now: later });
    const anna = await db.user.findUniqueOrThrow({ where: { email: "anna@horizon.example" } });
    expect(anna.emailVerifiedAt).toEqual(later);
    expect((await authenticate({ email: anna.email, password: newPassword, ip: "127.0.0.1", userAgent: null, realNow: later })).ok).toBe(true);
  });

  it("keeps at most three open links per account", async () => {
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email, ip, realNow });
    expect(await db.userToken.count({ where: { kind: "PASSWORD_RESET" } })).toBe(3);
    expect(await db.outboundEmail.count()).toBe(3);
  });

  it("limits requests per address (known or not, the same answer) and per IP, changing nothing once refused", async () => {
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: "onbekend@example.org", ip: `198.51.100.${i}`, realNow });
    await expect(requestPasswordReset({ email: "onbekend@example.org", ip: "198.51.100.77", realNow })).rejects.toMatchObject({
      code: "RATE_LIMITED", message: expect.stringMatching(/^Te veel aanvragen kort na elkaar\. Probeer het over 60 minuten opnieuw\.$/),
    });
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email, ip: `198.51.100.${i}`, realNow });
    await expect(requestPasswordReset({ email, ip: "198.51.100.78", realNow })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.userToken.count({ where: { kind: "PASSWORD_RESET" } })).toBe(3);

    // Ten requests from one IP, for different addresses, use up that IP.
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: `iemand${i}@example.org`, ip: "192.0.2.50", realNow });
    await expect(requestPasswordReset({ email: demoAccounts.school.email, ip: "192.0.2.50", realNow })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.outboundEmail.count({ where: { toAddress: demoAccounts.school.email } })).toBe(0);
  });
});
