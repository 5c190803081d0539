import { beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/password";
import { checkPasswordLink, setPasswordWithToken } from "@/lib/server/services/set-password";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

const now = new Date("2026-11-23T10:00:00Z");
const strong = "paarse olifant fietst langs de gracht";

async function productionSetupToken(): Promise<string> {
  const { adminSetupPath } = await seedDatabase(db, { demo: false, adminEmail: "beheer@sbjh.nl", now });
  if (!adminSetupPath) throw new Error("no setup link");
  return adminSetupPath.split("/").at(-1) ?? "";
}

describe("setting the first staff password through the one-time link", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("sets the password, marks the link used and ends existing sessions", async () => {
    const token = await productionSetupToken();
    const before = await db.user.findUniqueOrThrow({ where: { email: "beheer@sbjh.nl" } });
    await setPasswordWithToken({ token, password: strong, now });
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.passwordHash && (await verifyPassword(after.passwordHash, strong))).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await db.userToken.findFirstOrThrow()).usedAt).toEqual(now);
    expect(await db.auditEvent.count({ where: { action: "user.setPassword", entityId: before.id } })).toBe(1);
  });

  it("works only once", async () => {
    const token = await productionSetupToken();
    await setPasswordWithToken({ token, password: strong, now });
    await expect(setPasswordWithToken({ token, password: `${strong} twee`, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "beheer@sbjh.nl" } });
    expect(user.passwordHash && (await verifyPassword(user.passwordHash, strong))).toBe(true);
  });

  it("refuses an expired link and changes nothing", async () => {
    const token = await productionSetupToken();
    const eightDaysLater = new Date(now.getTime() + 8 * 86_400_000);
    await expect(setPasswordWithToken({ token, password: strong, now: eightDaysLater })).rejects.toBeInstanceOf(DomainError);
    await expect(setPasswordWithToken({ token, password: strong, now: eightDaysLater })).rejects.toMatchObject({
      message: expect.stringMatching(/verlopen\. Vraag degene die u uitnodigde om een nieuwe uitnodiging, of vraag via 'Wachtwoord vergeten' een nieuwe link aan/),
    });
    expect((await db.user.findFirstOrThrow()).passwordHash).toBeNull();
    expect((await db.userToken.findFirstOrThrow()).usedAt).toBeNull();
  });

  it("refuses a common password with a field error and keeps the link usable", async () => {
    const token = await productionSetupToken();
    await expect(setPasswordWithToken({ token, password: "welkom123welkom", now })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: expect.stringMatching(/te makkelijk te raden/) },
    });
    expect((await db.user.findFirstOrThrow()).passwordHash).toBeNull();
    await setPasswordWithToken({ token, password: strong, now });
  });

  it.each(["user", "organisation"] as const)("refuses a working link of a deactivated %s and changes nothing", async (what) => {
    const token = await productionSetupToken();
    const user = await db.user.findUniqueOrThrow({ where: { email: "beheer@sbjh.nl" } });
    if (what === "user") await db.user.update({ where: { id: user.id }, data: { active: false } });
    else await db.organisation.update({ where: { id: user.organisationId }, data: { active: false } });
    expect(await checkPasswordLink(token, now)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(setPasswordWithToken({ token, password: strong, now })).rejects.toMatchObject({
      code: "FORBIDDEN", message: expect.stringMatching(/^Uw account of uw organisatie is gedeactiveerd/),
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ passwordHash: null, sessionVersion: user.sessionVersion });
    expect((await db.userToken.findFirstOrThrow()).usedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.setPassword" } })).toBe(0);
  });

  it("refuses an unknown token", async () => {
    await productionSetupToken();
    await expect(setPasswordWithToken({ token: "x".repeat(43), password: strong, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
