import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { authenticate } from "@/lib/server/services/authenticate";
import { DEMO_PASSWORD, demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";

const realNow = new Date();
// Password checks and throttling; staff also need a second factor (second-factor.int.test.ts).
const account = demoAccounts.council.email;
const attempt = (email: string, password: string, ip = "203.0.113.1") =>
  authenticate({ email, password, ip, userAgent: "vitest", realNow });

describe("authenticate", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
  });

  it("opens a login for the right password and records it in the audit log", async () => {
    const result = await attempt(account, DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: result.userId, revokedAt: null, userAgent: "vitest", ipAddress: "203.0.113.1" });
    expect(session.expiresAt.getTime()).toBeGreaterThan(realNow.getTime());
    expect(await db.auditEvent.count({ where: { action: "user.login", entityId: result.sessionId } })).toBe(1);
  });

  it("gives a wrong password and an unknown e-mail the same answer, and opens nothing", async () => {
    expect(await attempt(account, "not-the-password")).toEqual({ ok: false, error: "INVALID" });
    expect(await attempt("nobody@example.org", "not-the-password")).toEqual({ ok: false, error: "INVALID" });
    expect(await db.authSession.count()).toBe(0);
  });

  it("blocks an account after five failures, even with the right password, from any IP", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(account, `wrong-${i}`, `198.51.100.${i}`)).ok).toBe(false);
    const blocked = await attempt(account, DEMO_PASSWORD, "198.51.100.99");
    expect(blocked).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    if (!blocked.ok && blocked.error === "RATE_LIMITED") expect(blocked.retryAfterSeconds).toBeGreaterThan(800);
    // Another account is not affected.
    expect((await attempt(demoAccounts.provider.email, DEMO_PASSWORD, "198.51.100.98")).ok).toBe(true);
  });

  it("blocks an IP address after thirty failures across accounts", async () => {
    for (let i = 0; i < 30; i++) await attempt(`user${i}@example.org`, "wrong-password", "192.0.2.7");
    expect(await attempt(account, DEMO_PASSWORD, "192.0.2.7")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await attempt(account, DEMO_PASSWORD, "192.0.2.8")).ok).toBe(true);
  });

  it("refuses a deactivated user or organisation only after the right password", async () => {
    const user = await db.user.update({ where: { email: account }, data: { active: false } });
    expect(await attempt(account, "wrong-password")).toEqual({ ok: false, error: "INVALID" });
    expect(await attempt(account, DEMO_PASSWORD)).toEqual({ ok: false, error: "INACTIVE" });
    await db.user.update({ where: { id: user.id }, data: { active: true } });
    await db.organisation.update({ where: { id: user.organisationId }, data: { active: false } });
    expect(await attempt(account, DEMO_PASSWORD)).toEqual({ ok: false, error: "INACTIVE" });
    expect(await db.authSession.count()).toBe(0);
  });

  it("resets the account's failure count after a successful login", async () => {
    for (let i = 0; i < 4; i++) await attempt(account, "wrong-password");
    expect((await attempt(account, DEMO_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await attempt(account, "wrong-password");
    expect((await attempt(account, DEMO_PASSWORD)).ok).toBe(true);
  });
});
