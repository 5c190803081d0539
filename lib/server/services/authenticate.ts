import "server-only";
import { recordAudit } from "../audit";
import { db } from "../db";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "../login-throttle";
import { dummyPasswordHash, verifyPassword } from "../password";
import { checkSecondFactorAtLogin } from "./second-factor";

export const SESSION_HOURS = 10;

export type AuthenticateResult =
  | { ok: true; userId: string; sessionId: string; sessionVersion: number }
  | { ok: false; error: "INVALID" }
  | { ok: false; error: "INACTIVE" }
  | { ok: false; error: "UNCONFIRMED" }
  | { ok: false; error: "SECOND_FACTOR_REQUIRED" }
  | { ok: false; error: "SECOND_FACTOR_INVALID" }
  | { ok: false; error: "RATE_LIMITED"; retryAfterSeconds: number };

/**
 * Checks e-mail and password and opens a login (AuthSession). An unknown
 * e-mail and a wrong password give the same answer in the same time; after
 * too many failures per account or per IP the attempt is refused unchecked.
 * Users with a second factor also give a code from their authenticator app or
 * a recovery code; a wrong code counts as a failed attempt.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  /** TOTP or recovery code; asked for only after a correct password. */
  code?: string;
  ip: string;
  userAgent: string | null;
  realNow: Date;
}): Promise<AuthenticateResult> {
  const { email, password, ip, realNow } = input;
  const waitSeconds = await loginBlockedFor(email, ip);
  if (waitSeconds > 0) return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: waitSeconds };

  const user = await db.user.findUnique({ where: { email }, include: { organisation: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !passwordOk) {
    await recordLoginFailure(email, ip);
    return { ok: false, error: "INVALID" };
  }
  // Only after a correct password may the answer reveal that the account is inactive.
  if (!user.active || !user.organisation.active) return { ok: false, error: "INACTIVE" };
  if (!user.emailVerifiedAt) return { ok: false, error: "UNCONFIRMED" };
  const secondFactor = await checkSecondFactorAtLogin(user, input.code, realNow);
  if (secondFactor === "REQUIRED") return { ok: false, error: "SECOND_FACTOR_REQUIRED" };
  if (secondFactor === "INVALID") {
    await recordLoginFailure(email, ip);
    return { ok: false, error: "SECOND_FACTOR_INVALID" };
  }

  await clearLoginFailures(email);
  const session = await db.$transaction(async (tx) => {
    const created = await tx.authSession.create({
      data: {
        userId: user.id,
        createdAt: realNow,
        lastSeenAt: realNow,
        expiresAt: new Date(realNow.getTime() + SESSION_HOURS * 3_600_000),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        ipAddress: ip,
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: realNow } });
    await recordAudit(tx, { userId: user.id, organisationId: user.organisationId }, realNow, {
      action: "user.login", entityType: "AuthSession", entityId: created.id,
    });
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
}
