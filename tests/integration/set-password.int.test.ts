import { beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/password";
import { setPasswordWithToken } from "@/lib/server/services/set-password";
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

  it("refuses an unknown token", async () => {
    await productionSetupToken();
    await expect(setPasswordWithToken({ token: "x".repeat(43), password: strong, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
