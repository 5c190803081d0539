import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { db } from "@/lib/server/db";
import { describeUserAgent, endAllSessions, endSession, listOwnSessions } from "@/lib/server/services/sessions";
import { resolveActor, type SessionClaims } from "@/lib/server/session";
import { seedDatabase } from "@/prisma/seed/index";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { resetDatabase } from "./setup/reset";

const now = new Date("2025-09-10T08:00:00Z");
const HOUR = 3_600_000;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0";

async function loginAs(email: string, minutesAgo: number, extra: { userAgent?: string; expiresAt?: Date; revokedAt?: Date } = {}) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const createdAt = new Date(now.getTime() - minutesAgo * 60_000);
  const session = await db.authSession.create({
    data: { userId: user.id, createdAt, lastSeenAt: createdAt, expiresAt: extra.expiresAt ?? new Date(now.getTime() + HOUR), userAgent: extra.userAgent, ipAddress: "192.0.2.7", revokedAt: extra.revokedAt },
  });
  const claims: SessionClaims = { sid: session.id, uid: user.id, sv: user.sessionVersion };
  return claims;
}

async function actorFor(claims: SessionClaims): Promise<Actor> {
  const actor = await resolveActor(claims, now);
  if (!actor) throw new Error("expected an active login");
  return actor;
}

describe("a user's own sessions", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now });
  });

  it("lists only the user's own active logins, newest first, the current one marked", async () => {
    const older = await loginAs(demoAccounts.provider.email, 120, { userAgent: FIREFOX });
    const current = await loginAs(demoAccounts.provider.email, 5);
    await loginAs(demoAccounts.provider.email, 60, { revokedAt: now });
    await loginAs(demoAccounts.provider.email, 300, { expiresAt: new Date(now.getTime() - 1) });
    await loginAs(demoAccounts.provider2.email, 1);

    const sessions = await listOwnSessions(await actorFor(current), now);
    expect(sessions.map((s) => [s.id, s.current])).toEqual([[current.sid, true], [older.sid, false]]);
    expect(sessions[1]).toMatchObject({ browser: "Firefox op Windows", ipAddress: "192.0.2.7" });
  });

  it("refuses to end another user's login as NOT_FOUND, and changes nothing", async () => {
    const mine = await loginAs(demoAccounts.provider.email, 5);
    const theirs = await loginAs(demoAccounts.provider2.email, 5);
    const auditBefore = await db.auditEvent.count();

    await expect(endSession({ actor: await actorFor(mine), sessionId: theirs.sid, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endSession({ actor: await actorFor(mine), sessionId: "bestaat-niet", now })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await db.authSession.findUniqueOrThrow({ where: { id: theirs.sid } })).revokedAt).toBeNull();
    expect(await resolveActor(theirs, now)).not.toBeNull();
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("ends one login: refused on its next request, the others still work; audited", async () => {
    const current = await loginAs(demoAccounts.school.email, 5);
    const phone = await loginAs(demoAccounts.school.email, 30);
    const laptop = await loginAs(demoAccounts.school.email, 60);
    const actor = await actorFor(current);

    await endSession({ actor, sessionId: phone.sid, now });

    expect(await resolveActor(phone, now)).toBeNull();
    expect(await resolveActor(current, now)).not.toBeNull();
    expect(await resolveActor(laptop, now)).not.toBeNull();
    expect((await listOwnSessions(actor, now)).map((s) => s.id)).toEqual([current.sid, laptop.sid]);
    const audit = await db.auditEvent.findMany({ where: { action: "authSession.end" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "AuthSession", entityId: phone.sid, actorUserId: actor.userId, at: now });

    // An ended login cannot be ended twice.
    await expect(endSession({ actor, sessionId: phone.sid, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("logs out everywhere: every login of the user is refused, the session version bumped, others untouched; audited", async () => {
    const current = await loginAs(demoAccounts.staff.email, 5);
    const other = await loginAs(demoAccounts.staff.email, 30);
    const someoneElse = await loginAs(demoAccounts.provider.email, 5);
    const actor = await actorFor(current);

    const result = await endAllSessions({ actor, now });

    expect(result.endedSessions).toBe(2);
    expect(await resolveActor(current, now)).toBeNull();
    expect(await resolveActor(other, now)).toBeNull();
    expect(await resolveActor(someoneElse, now)).not.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.sessionVersion).toBe(current.sv + 1);
    expect(await db.authSession.count({ where: { userId: actor.userId, revokedAt: null } })).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { action: "authSession.endAll" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "User", entityId: actor.userId, actorUserId: actor.userId });

    // A login made afterwards (with the new version) works.
    const fresh = await loginAs(demoAccounts.staff.email, 0);
    expect(fresh.sv).toBe(user.sessionVersion);
    expect(await resolveActor(fresh, now)).not.toBeNull();
  });
});

describe("describeUserAgent", () => {
  it("gives a short readable form", () => {
    expect(describeUserAgent(FIREFOX)).toBe("Firefox op Windows");
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15")).toBe("Safari op macOS");
    expect(describeUserAgent("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).toBe("Chrome op Android");
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("Edge op Windows");
    expect(describeUserAgent(null)).toBe("Onbekende browser");
    expect(describeUserAgent("curl/8.5.0")).toBe("Onbekende browser");
  });
});
