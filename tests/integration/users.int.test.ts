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
    const user = await inviteUser({ actor: staff, input: { organisationId: school.id, name: "Anna Smit", email: "anna@horizon.example" }, realNow });
    expect(user).toMatchObject({ role: "SCHOOL", organisationId: school.id, passwordHash: null });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { toAddress: "anna@horizon.example" } });
    await setPasswordWithToken({ token: tokenIn(mail.textBody), password: "drie kikkers in de sloot", now: realNow });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("a provider invites a colleague into its own organisation only, whatever organisation it names", async () => {
    const provider = await actorFor(demoAccounts.provider.email);
    const other = await db.organisation.findFirstOrThrow({ where: { name: "Kompas Jeugd en Gezin" } });
    const user = await inviteUser({ actor: provider, input: { organisationId: other.id, name: "Collega", email: "collega@debrug.example" }, realNow });
    expect(user.organisationId).toBe(provider.organisationId);
  });

  it("refuses invitations by a municipality and to an existing address", async () => {
    const municipality = await actorFor(demoAccounts.municipality.email);
    await expect(inviteUser({ actor: municipality, input: { name: "X", email: "x@example.org" }, realNow })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const staff = await actorFor(demoAccounts.staff.email);
    await expect(inviteUser({ actor: staff, input: { name: "Dubbel", email: demoAccounts.school.email }, realNow })).rejects.toMatchObject({ fieldErrors: { email: expect.any(String) } });
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
