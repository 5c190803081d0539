import { generate } from "otplib";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { formatRecoveryCode } from "@/lib/domain/second-factor";
import { db } from "@/lib/server/db";
import { authenticate } from "@/lib/server/services/authenticate";
import { beginTotpSetup, confirmTotpSetup, regenerateRecoveryCodes, resetSecondFactor } from "@/lib/server/services/second-factor";
import { resolveActor, resolveLogin } from "@/lib/server/session";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

const realNow = new Date();
const epoch = Math.floor(realNow.getTime() / 1000);
const staffEmail = demoAccounts.staff.email;
const login = (email: string, code?: string, ip = "203.0.113.5") =>
  authenticate({ email, password: DEMO_PASSWORD, code, ip, userAgent: "vitest", realNow });
const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: epoch + offsetSeconds });

/** A staff member without a second factor yet, as after an invitation. */
async function newStaffMember(): Promise<Actor> {
  const staff = await actorFor(staffEmail);
  const user = await db.user.create({
    data: {
      email: "nieuw@servicebureau.example", name: "Nieuwe Medewerker", role: "STAFF", organisationId: staff.organisationId,
      passwordHash: (await db.user.findUniqueOrThrow({ where: { email: staffEmail } })).passwordHash, emailVerifiedAt: realNow,
    },
  });
  return actorFor(user.email);
}

describe("two-step verification for staff", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDatabase(db, { demo: true, now: realNow });
  });

  it("asks staff for a code after the right password, and opens no login without it", async () => {
    expect(await login(staffEmail)).toEqual({ ok: false, error: "SECOND_FACTOR_REQUIRED" });
    expect(await login(staffEmail, "")).toEqual({ ok: false, error: "SECOND_FACTOR_REQUIRED" });
    expect(await login(staffEmail, "123 45x")).toEqual({ ok: false, error: "SECOND_FACTOR_INVALID" });
    expect(await db.authSession.count()).toBe(0);
    // Other roles have no second factor unless they turn it on.
    expect((await login(demoAccounts.provider.email)).ok).toBe(true);
  });

  it("accepts the current code once: the same code again is refused (no replay)", async () => {
    const code = await codeAt(DEMO_TOTP_SECRET);
    expect((await login(staffEmail, code)).ok).toBe(true);
    expect(await login(staffEmail, code)).toEqual({ ok: false, error: "SECOND_FACTOR_INVALID" });
    // The next step's code (one step of clock drift is allowed) still works.
    expect((await login(staffEmail, await codeAt(DEMO_TOTP_SECRET, 30))).ok).toBe(true);
    // A code from two minutes ago is refused.
    expect(await login(demoAccounts.staff2.email, await codeAt(DEMO_TOTP_SECRET, -120))).toEqual({ ok: false, error: "SECOND_FACTOR_INVALID" });
    expect(await db.authSession.count()).toBe(2);
  });

  it("counts wrong codes as failed attempts: five block the account", async () => {
    for (let i = 0; i < 5; i++) expect(await login(staffEmail, "000000", `198.51.100.${i}`)).toMatchObject({ ok: false });
    expect(await login(staffEmail, await codeAt(DEMO_TOTP_SECRET))).toMatchObject({ ok: false, error: "RATE_LIMITED" });
  });

  it("lets a new staff member do nothing but set up TOTP, then gives ten single-use recovery codes", async () => {
    const actor = await newStaffMember();
    const session = await db.authSession.create({ data: { userId: actor.userId, expiresAt: new Date(realNow.getTime() + 3_600_000) } });
    const claims = { sid: session.id, uid: actor.userId, sv: 1 };
    expect(await resolveActor(claims, realNow)).toBeNull();
    expect(await resolveLogin(claims, realNow)).toMatchObject({ secondFactorSetupRequired: true, actor: { email: actor.email } });
    // Without TOTP the password alone logs in (to reach the setup page).
    expect((await login(actor.email)).ok).toBe(true);

    const setup = await beginTotpSetup(actor);
    expect(setup.uri).toContain("otpauth://totp/");
    expect(setup.qrSvg).toContain("<svg");
    // A reload keeps the same secret, so an app that already scanned it keeps working.
    expect((await beginTotpSetup(actor)).secret).toBe(setup.secret);

    await expect(confirmTotpSetup(actor, "000000", realNow)).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).totpEnabledAt).toBeNull();
    const { recoveryCodes } = await confirmTotpSetup(actor, await codeAt(setup.secret), realNow);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await resolveActor(claims, realNow)).toMatchObject({ email: actor.email });
    await expect(beginTotpSetup(actor)).rejects.toMatchObject({ code: "CONFLICT" });

    // Only hashes are stored.
    const stored = await db.recoveryCode.findMany({ where: { userId: actor.userId } });
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);

    expect(await login(actor.email)).toEqual({ ok: false, error: "SECOND_FACTOR_REQUIRED" });
    const recovery = formatRecoveryCode(recoveryCodes[3] ?? "").toLowerCase();
    expect((await login(actor.email, recovery)).ok).toBe(true);
    expect(await login(actor.email, recovery)).toEqual({ ok: false, error: "SECOND_FACTOR_INVALID" });
    expect(await db.auditEvent.count({ where: { action: "user.recoveryCodeUsed", entityId: actor.userId } })).toBe(1);

    // New codes replace the old ones, after a fresh code from the app.
    const fresh = await regenerateRecoveryCodes(actor, await codeAt(setup.secret, 30), realNow);
    expect((await login(actor.email, recoveryCodes[5])).ok).toBe(false);
    expect((await login(actor.email, fresh.recoveryCodes[0])).ok).toBe(true);
  });

  it("lets staff reset a colleague's second factor, which ends the colleague's logins", async () => {
    const staff = await actorFor(staffEmail);
    const colleague = await actorFor(demoAccounts.staff2.email);
    const session = await db.authSession.create({ data: { userId: colleague.userId, expiresAt: new Date(realNow.getTime() + 3_600_000) } });
    const claims = { sid: session.id, uid: colleague.userId, sv: 1 };
    expect(await resolveActor(claims, realNow)).not.toBeNull();

    await expect(resetSecondFactor(staff, staff.userId, realNow)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await resetSecondFactor(staff, colleague.userId, realNow);
    expect(await resolveLogin(claims, realNow)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: colleague.userId } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null, sessionVersion: 2 });
    // Next login: password only, then the setup is required.
    const result = await login(colleague.email);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(await resolveLogin({ sid: result.sessionId, uid: colleague.userId, sv: 2 }, realNow)).toMatchObject({ secondFactorSetupRequired: true });
    }
    expect(await db.auditEvent.count({ where: { action: "user.secondFactorReset", entityId: colleague.userId } })).toBe(1);
  });
});
