import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { resolveActor } from "@/lib/server/session";
import { seedDatabase } from "@/prisma/seed/index";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { resetDatabase } from "./setup/reset";

const now = new Date("2025-09-10T08:00:00Z");

async function loginAs(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const session = await db.authSession.create({ data: { userId: user.id, expiresAt: new Date(now.getTime() + 3_600_000) } });
  return { sid: session.id, uid: user.id, sv: user.sessionVersion };
}

describe("resolveActor (the check behind every request)", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now });
  });

  it("returns the actor with role and organisation from the database", async () => {
    const claims = await loginAs(demoAccounts.provider.email);
    const actor = await resolveActor(claims, now);
    expect(actor).toMatchObject({ role: "PROVIDER", organisationName: "Jeugdhulp De Brug", email: demoAccounts.provider.email });
  });

  it("refuses a user deactivated after logging in, on the very next request", async () => {
    const claims = await loginAs(demoAccounts.provider.email);
    expect(await resolveActor(claims, now)).not.toBeNull();
    await db.user.update({ where: { id: claims.uid }, data: { active: false } });
    expect(await resolveActor(claims, now)).toBeNull();
  });

  it("refuses every user of a deactivated organisation", async () => {
    const claims = await loginAs(demoAccounts.school.email);
    const user = await db.user.findUniqueOrThrow({ where: { id: claims.uid } });
    await db.organisation.update({ where: { id: user.organisationId }, data: { active: false } });
    expect(await resolveActor(claims, now)).toBeNull();
  });

  it("ends all sessions when the session version is bumped (log out everywhere)", async () => {
    const claims = await loginAs(demoAccounts.staff.email);
    await db.user.update({ where: { id: claims.uid }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveActor(claims, now)).toBeNull();
  });

  it("refuses a revoked or expired login and a login presented with another user's id", async () => {
    const claims = await loginAs(demoAccounts.staff.email);
    const other = await loginAs(demoAccounts.provider.email);
    expect(await resolveActor({ ...claims, uid: other.uid }, now)).toBeNull();
    expect(await resolveActor(claims, new Date(now.getTime() + 2 * 3_600_000))).toBeNull();
    await db.authSession.update({ where: { id: claims.sid }, data: { revokedAt: now } });
    expect(await resolveActor(claims, now)).toBeNull();
  });
});
