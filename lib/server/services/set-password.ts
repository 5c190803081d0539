import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { passwordProblem } from "@/lib/domain/password-policy";
import { recordAudit } from "../audit";
import { db } from "../db";
import { hashPassword } from "../password";
import { hashToken } from "../tokens";

const INVALID_LINK = "Deze link is ongeldig, al gebruikt of verlopen. Vraag het Servicebureau om een nieuwe uitnodiging.";

/** Looks up a usable invitation or reset token; null if unknown, used or expired. */
export async function findUsableToken(token: string, now: Date) {
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.usedAt || row.expiresAt <= now || row.kind === "EMAIL_CONFIRMATION") return null;
  return row;
}

/**
 * Sets a password through a single-use invitation or reset link. Ends every
 * existing session of the user. Nothing changes when anything is wrong.
 */
export async function setPasswordWithToken({ token, password, now }: { token: string; password: string; now: Date }) {
  const row = await findUsableToken(token, now);
  if (!row) throw new DomainError("NOT_FOUND", INVALID_LINK);
  const problem = passwordProblem(password, [row.user.name, row.user.email]);
  if (problem) throw new DomainError("VALIDATION", problem, { password: problem });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Claim the token first: a second, concurrent use finds it used and fails.
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new DomainError("NOT_FOUND", INVALID_LINK);
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: row.user.emailVerifiedAt ?? now },
    });
    await recordAudit(tx, { userId: row.userId, organisationId: row.user.organisationId }, now, {
      action: "user.setPassword", entityType: "User", entityId: row.userId, after: { via: row.kind },
    });
  });
  return { email: row.user.email };
}
