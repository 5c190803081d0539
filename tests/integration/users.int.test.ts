import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { setPasswordWithToken } from "@/lib/server/services/set-password";
import { inviteUser, setOrganisationActive, setUserActive } from "@/lib/server/services/users";
import { resolveActor } from "@/lib/server/session";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

const realNow = new Date();

const tokenIn = (text: string) => /\/wachtwoord-instellen\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

describe("invitations and deactivation", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
  });

  it("staff invite a school user, who sets a password through the single-use link", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const school = await db.organisation.findFirstOrThrow({ where: { name: "SBO Horizon" } });
    expect(await inviteUser({ actor: staff, input: { organisationId: school.id, name: "Anna Smit", email: "anna@horizon.example" }, realNow })).toEqual({ email: "anna@horizon.example" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "anna@horizon.example" } });
    expect(user).toMatchObject({ role: "SCHOOL", organisationId: school.id, passwordHash: null });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "anna@horizon.example" } });
    await setPasswordWithToken({ token: tokenIn(mail.textBody), password: "drie kikkers in de sloot", now: realNow });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("a provider invites a colleague into its own organisation only, whatever organisation it names", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const other = await db.organisation.findFirstOrThrow({ where: { name: "Kompas Jeugd en Gezin" } });
    await inviteUser({ actor: provider, input: { organisationId: other.id, name: "Collega", email: "collega@debrug.example" }, realNow });
    expect((await db.user.findUniqueOrThrow({ where: { email: "collega@debrug.example" } })).organisationId).toBe(provider.organisationId);
  });

  it("refuses invitations by a municipality", async () => {
    const municipality = await actorFor(demoAccounts.municipality.email);
    await expect(inviteUser({ actor: municipality, input: { name: "X", email: "x@example.org" }, realNow })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("answers an existing address exactly like a new one, changes nothing for that account and mails its owner", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const fresh = await inviteUser({ actor: provider, input: { name: "Nieuw", email: "nieuw@debrug.example" }, realNow });
    const before = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.provider2.email } });
    const tokensBefore = await db.userToken.count();

    // A provider probing another organisation's address.
    const probe = await inviteUser({ actor: provider, input: { name: "Wie", email: demoAccounts.provider2.email }, realNow });
    expect(probe).toEqual({ email: demoAccounts.provider2.email });
    expect(Object.keys(probe)).toEqual(Object.keys(fresh));
    expect(await db.user.findUniqueOrThrow({ where: { email: demoAccounts.provider2.email } })).toEqual(before);
    expect(await db.userToken.count()).toBe(tokensBefore);

    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: demoAccounts.provider2.email } });
    expect(mail.subject).toMatch(/^Poging tot uitnodiging met uw e-mailadres/);
    expect(mail.textBody).toContain(`Iemand van ${provider.organisationName} probeerde u uit te nodigen`);
    expect(mail.textBody).toMatch(/U heeft al een account/);
    expect(mail.textBody).toMatch(/\/inloggen\b/);
    expect(mail.textBody).toMatch(/\/wachtwoord-vergeten\b/);
    expect(mail.textBody).not.toMatch(/wachtwoord-instellen/);

    // Staff get the same answer for an existing address too.
    const staff = await actorFor(demoAccounts.staff.email);
    await expect(inviteUser({ actor: staff, input: { name: "Dubbel", email: demoAccounts.school.email }, realNow })).resolves.toEqual({ email: demoAccounts.school.email });
    expect(await db.userToken.count()).toBe(tokensBefore);
  });

  it("re-invites a pending invitation into the same organisation: a fresh link, the old one no longer works", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const school = await db.organisation.findFirstOrThrow({ where: { name: "SBO Horizon" } });
    const input = { organisationId: school.id, name: "Anna Smit", email: "anna@horizon.example" };
    await inviteUser({ actor: staff, input, realNow });
    const oldToken = tokenIn((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: input.email } })).textBody);

    // Eight days later the first invitation has expired; staff invite again.
    const later = new Date(realNow.getTime() + 8 * 86_400_000);
    await expect(setPasswordWithToken({ token: oldToken, password: "drie kikkers in de sloot", now: later })).rejects.toMatchObject({
      message: expect.stringMatching(/Vraag degene die u uitnodigde om een nieuwe uitnodiging/),
    });
    await expect(inviteUser({ actor: staff, input, realNow: later })).resolves.toEqual({ email: input.email });
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
    const mails = await db.outboundEmail.findMany({ where: { toAddress: input.email }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Uitnodiging voor SBO Horizon/), expect.stringMatching(/^Uitnodiging voor SBO Horizon/)]);
    const newToken = tokenIn(mails[1]?.textBody ?? "");
    expect(newToken).not.toBe(oldToken);
    expect(await db.auditEvent.count({ where: { action: "user.reinvite" } })).toBe(1);

    await expect(setPasswordWithToken({ token: oldToken, password: "drie kikkers in de sloot", now: later })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setPasswordWithToken({ token: newToken, password: "drie kikkers in de sloot", now: later });
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).passwordHash).not.toBeNull();
  });

  it("does not re-invite a pending invitation of another organisation: its link keeps working", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const school = await db.organisation.findFirstOrThrow({ where: { name: "SBO Horizon" } });
    await inviteUser({ actor: staff, input: { organisationId: school.id, name: "Anna Smit", email: "anna@horizon.example" }, realNow });
    const token = tokenIn((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "anna@horizon.example" } })).textBody);

    const provider = await actorFor(demoAccounts.provider.email);
    await expect(inviteUser({ actor: provider, input: { name: "Anna", email: "anna@horizon.example" }, realNow })).resolves.toEqual({ email: "anna@horizon.example" });
    expect((await db.user.findUniqueOrThrow({ where: { email: "anna@horizon.example" } })).organisationId).toBe(school.id);
    expect(await db.outboundEmail.count({ where: { toAddress: "anna@horizon.example", subject: { startsWith: "Poging tot uitnodiging" } } })).toBe(1);
    await setPasswordWithToken({ token, password: "drie kikkers in de sloot", now: realNow });
  });

  it("only the first user of a provider invites colleagues; when deactivated, the next earliest takes over", async () => {
    const first = await actorFor(demoAccounts.provider.email);
    // Invited and accepted after the seeded first user was created.
    const later = new Date(Date.now() + 60_000);
    await inviteUser({ actor: first, input: { name: "Tweede Collega", email: "tweede@debrug.example" }, realNow: later });
    await setPasswordWithToken({ token: tokenIn((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "tweede@debrug.example" } })).textBody), password: "drie kikkers in de sloot", now: later });
    const second = await actorFor("tweede@debrug.example");

    const counts = async () => [await db.user.count(), await db.userToken.count(), await db.outboundEmail.count(), await db.auditEvent.count()];
    const before = await counts();
    await expect(inviteUser({ actor: second, input: { name: "Derde", email: "derde@debrug.example" }, realNow: later })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `Alleen ${demoAccounts.provider.name}, de eerste gebruiker van uw organisatie, kan collega's uitnodigen. Vraag ${demoAccounts.provider.name} om u te helpen, of neem contact op met het Servicebureau.`,
    });
    expect(await counts()).toEqual(before);

    const staff = await actorFor(demoAccounts.staff.email);
    await setUserActive({ actor: staff, id: first.userId, active: false, realNow });
    await expect(inviteUser({ actor: second, input: { name: "Derde", email: "derde@debrug.example" }, realNow: later })).resolves.toEqual({ email: "derde@debrug.example" });
  });

  it("the first user of a school invites a colleague into the school; a municipality user invites nobody", async () => {
    const school = await actorFor(demoAccounts.school.email);
    await expect(inviteUser({ actor: school, input: { name: "Nieuwe Leerkracht", email: "leerkracht@prinsenhof.example" }, realNow })).resolves.toEqual({ email: "leerkracht@prinsenhof.example" });
    const invited = await db.user.findUniqueOrThrow({ where: { email: "leerkracht@prinsenhof.example" } });
    expect(invited).toMatchObject({ role: "SCHOOL", organisationId: school.organisationId, passwordHash: null });
    expect((await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "leerkracht@prinsenhof.example" } })).textBody).toMatch(/\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}/);

    const municipality = await actorFor(demoAccounts.municipality.email);
    await expect(inviteUser({ actor: municipality, input: { name: "Collega Gemeente", email: "collega@pijnacker-nootdorp.example" }, realNow })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: "collega@pijnacker-nootdorp.example" } })).toBe(0);
  });

  it("deactivating a user or organisation takes effect on the next request, audited", async () => {
    const staff = await actorFor(demoAccounts.staff.email);
    const provider = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.provider.email } });
    const login = await db.authSession.create({ data: { userId: provider.id, expiresAt: new Date(realNow.getTime() + 3_600_000) } });
    const claims = { sid: login.id, uid: provider.id, sv: provider.sessionVersion };
    expect(await resolveActor(claims, realNow)).not.toBeNull();
    await setUserActive({ actor: staff, id: provider.id, active: false, realNow });
    expect(await resolveActor(claims, realNow)).toBeNull();
    await setUserActive({ actor: staff, id: provider.id, active: true, realNow });
    await setOrganisationActive({ actor: staff, id: provider.organisationId, active: false, realNow });
    expect(await resolveActor(claims, realNow)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: { in: ["user.deactivate", "user.activate", "organisation.deactivate"] } } })).toBe(3);
    await expect(setUserActive({ actor: await actorFor(demoAccounts.school.email), id: provider.id, active: false, realNow })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
