import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { listNewRegistrations } from "@/lib/server/queries/users";
import { authenticate } from "@/lib/server/services/authenticate";
import { confirmEmail, registerProvider } from "@/lib/server/services/registration";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

const realNow = new Date();
const password = "zeven zeilboten op de vliet";
const ip = "203.0.113.30";
const input = {
  organisationName: "Jeugdhulp Het Anker", kvkNumber: "87654321", agbCode: "", street: "Havenweg 3", postalCode: "2611aa", city: "Delft",
  contactEmail: "info@anker.example", name: "Sara de Boer", email: "sara@anker.example", password,
};
const login = () => authenticate({ email: input.email, password, ip: "127.0.0.1", userAgent: null, realNow });

function confirmationToken(text: string): string {
  const token = /\/e-mail-bevestigen\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!token) throw new Error("no confirmation link");
  return token;
}

describe("provider self-registration", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
  });

  it("creates the organisation and its first user, who can log in only after confirming the e-mail", async () => {
    await registerProvider({ input, ip, realNow });
    const org = await db.organisation.findUniqueOrThrow({ where: { kvkNumber: "87654321" } });
    expect(org).toMatchObject({ kind: "PROVIDER", postalCode: "2611 AA", active: true });
    expect(await login()).toEqual({ ok: false, error: "UNCONFIRMED" });

    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    await confirmEmail({ token: confirmationToken(mail.textBody), realNow });
    expect((await login()).ok).toBe(true);
    await expect(confirmEmail({ token: confirmationToken(mail.textBody), realNow })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows staff the new registrations of the last 30 days with their confirmation state, not the seeded organisations", async () => {
    expect(await listNewRegistrations(realNow)).toEqual([]);
    await registerProvider({ input, ip, realNow });
    expect(await listNewRegistrations(realNow)).toEqual([expect.objectContaining({ name: input.organisationName, kvkNumber: input.kvkNumber, confirmed: false, active: true })]);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    await confirmEmail({ token: confirmationToken(mail.textBody), realNow });
    expect((await listNewRegistrations(realNow)).map((r) => r.confirmed)).toEqual([true]);
    expect(await listNewRegistrations(new Date(realNow.getTime() + 31 * 86_400_000))).toEqual([]);
  });

  it("refuses a KvK number that is already registered, changing nothing", async () => {
    await registerProvider({ input, ip, realNow });
    await expect(registerProvider({ input: { ...input, email: "ander@anker.example" }, ip, realNow })).rejects.toMatchObject({ fieldErrors: { kvkNumber: expect.any(String) } });
    expect(await db.user.count({ where: { email: "ander@anker.example" } })).toBe(0);
  });

  it("lets one of two simultaneous registrations with the same KvK number in; the other gets the KvK message", async () => {
    const results = await Promise.allSettled([
      registerProvider({ input, ip, realNow }),
      registerProvider({ input: { ...input, email: "ander@anker.example", name: "Ali Bakker" }, ip, realNow }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "VALIDATION", fieldErrors: { kvkNumber: expect.stringContaining("al een organisatie geregistreerd") } });
    expect(await db.organisation.count({ where: { kvkNumber: input.kvkNumber } })).toBe(1);
    expect(await db.user.count({ where: { email: { in: [input.email, "ander@anker.example"] } } })).toBe(1);
  });

  it("answers two simultaneous registrations with the same e-mail address alike, and creates one account", async () => {
    const results = await Promise.allSettled([
      registerProvider({ input, ip, realNow }),
      registerProvider({ input: { ...input, kvkNumber: "87654322", organisationName: "Jeugdhulp Het Anker Zuid" }, ip, realNow }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect(await db.organisation.count({ where: { kvkNumber: { in: ["87654321", "87654322"] } } })).toBe(1);
  });

  it("answers a known e-mail address the same way, creates nothing and tells the address owner", async () => {
    const before = await db.organisation.count();
    await expect(registerProvider({ input: { ...input, email: demoAccounts.provider.email }, ip, realNow })).resolves.toBeUndefined();
    expect(await db.organisation.count()).toBe(before);
    expect((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: demoAccounts.provider.email } })).subject).toMatch(/Poging tot registratie/);
  });

  it("refuses a common password and an expired confirmation link", async () => {
    await expect(registerProvider({ input: { ...input, password: "welkom123welkom" }, ip, realNow })).rejects.toMatchObject({ fieldErrors: { password: expect.any(String) } });
    expect(await db.organisation.count({ where: { kvkNumber: "87654321" } })).toBe(0);
    await registerProvider({ input, ip, realNow });
    const token = confirmationToken((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } })).textBody);
    await expect(confirmEmail({ token, realNow: new Date(realNow.getTime() + 25 * 3_600_000) })).rejects.toMatchObject({
      code: "NOT_FOUND", message: expect.stringMatching(/verlopen.*Registreer uw organisatie opnieuw/),
    });
  });

  it("replaces a registration whose confirmation link expired unconfirmed: the KvK number is free again, audited", async () => {
    // A stranger registers a real organisation's public KvK number and never confirms.
    await registerProvider({ input: { ...input, organisationName: "Nep BV", email: "vreemde@example.org" }, ip, realNow });
    const stale = await db.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber }, include: { users: true } });
    const strangerToken = confirmationToken((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "vreemde@example.org" } })).textBody);

    // While the link still works (until one millisecond before it expires), the number stays taken.
    const expiry = (await db.userToken.findFirstOrThrow({ where: { kind: "EMAIL_CONFIRMATION" } })).expiresAt;
    await expect(registerProvider({ input, ip: "203.0.113.31", realNow: new Date(expiry.getTime() - 1) })).rejects.toMatchObject({ fieldErrors: { kvkNumber: expect.any(String) } });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);

    // Once it expired, the real organisation registers; the stale one is gone in the same transaction.
    await registerProvider({ input, ip: "203.0.113.32", realNow: expiry });
    const org = await db.organisation.findUniqueOrThrow({ where: { kvkNumber: input.kvkNumber }, include: { users: true } });
    expect(org.id).not.toBe(stale.id);
    expect(org.name).toBe(input.organisationName);
    expect(org.users.map((u) => u.email)).toEqual([input.email]);
    expect(await db.user.count({ where: { email: "vreemde@example.org" } })).toBe(0);
    expect(await db.userToken.count({ where: { userId: stale.users[0]?.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.removeUnconfirmedRegistration" } });
    expect(audit).toMatchObject({ entityId: stale.id, before: { name: "Nep BV", kvkNumber: input.kvkNumber, users: [{ email: "vreemde@example.org" }] } });
    await expect(confirmEmail({ token: strangerToken, realNow: expiry })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } });
    await confirmEmail({ token: confirmationToken(mail.textBody), realNow: expiry });
    expect((await authenticate({ email: input.email, password, ip: "127.0.0.1", userAgent: null, realNow: expiry })).ok).toBe(true);
  });

  it("lets the same person register again with the same address after the link expired", async () => {
    await registerProvider({ input, ip, realNow });
    const later = new Date(realNow.getTime() + 25 * 3_600_000);
    await registerProvider({ input: { ...input, kvkNumber: "87654322" }, ip: "203.0.113.33", realNow: later });
    expect(await db.organisation.count({ where: { kvkNumber: { in: ["87654321", "87654322"] } } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { organisation: true } })).organisation.kvkNumber).toBe("87654322");
    expect(await db.outboundEmail.count({ where: { subject: { startsWith: "Poging tot registratie" } } })).toBe(0);
  });

  it("never replaces an organisation with a confirmed user, however old its links", async () => {
    await registerProvider({ input, ip, realNow });
    await confirmEmail({ token: confirmationToken((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } })).textBody), realNow });
    const later = new Date(realNow.getTime() + 30 * 86_400_000);
    await expect(registerProvider({ input: { ...input, email: "ander@anker.example" }, ip: "203.0.113.34", realNow: later })).rejects.toMatchObject({ fieldErrors: { kvkNumber: expect.any(String) } });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "organisation.removeUnconfirmedRegistration" } })).toBe(0);
  });

  it("limits registrations per IP address: the sixth within the hour is refused and creates nothing", async () => {
    for (let i = 0; i < 5; i++) {
      await registerProvider({ input: { ...input, kvkNumber: `8765432${i}`, email: `sara${i}@anker.example` }, ip: "192.0.2.60", realNow });
    }
    await expect(
      registerProvider({ input: { ...input, kvkNumber: "87654329", email: "sara9@anker.example" }, ip: "192.0.2.60", realNow }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.organisation.count({ where: { kvkNumber: "87654329" } })).toBe(0);
    // Another address is not affected.
    await registerProvider({ input: { ...input, kvkNumber: "87654329", email: "sara9@anker.example" }, ip: "192.0.2.61", realNow });
    expect(await db.organisation.count({ where: { kvkNumber: "87654329" } })).toBe(1);
  });
});
