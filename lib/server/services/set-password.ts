import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { passwordProblem } from "@/lib/domain/password-policy";
import { tokenState, unusableLinkMessage, type LinkKind } from "@/lib/domain/tokens";
import { recordAudit } from "../audit";
import { db } from "../db";
import { hashPassword } from "../password";
import { hashToken } from "../tokens";

export const DEACTIVATED_LINK =
  "Uw account of uw organisatie is gedeactiveerd; deze link werkt daarom niet. Neem contact op met het Servicebureau als u denkt dat dit niet klopt.";

async function findPasswordLink(token: string) {
  return db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { include: { organisation: true } } } });
}
type PasswordLink = NonNullable<Awaited<ReturnType<typeof findPasswordLink>>>;

export type PasswordLinkCheck =
  | { ok: true; row: PasswordLink }
  | { ok: false; code: "NOT_FOUND" | "FORBIDDEN"; kind: LinkKind | null; message: string };

/**
 * Whether an invitation or reset link can set a password now, and if not,
 * why and what to do instead (a message for its purpose: invitation or reset).
 */
export async function checkPasswordLink(token: string, now: Date): Promise<PasswordLinkCheck> {
  const row = token.length <= 100 ? await findPasswordLink(token) : null;
  if (!row || row.kind === "EMAIL_CONFIRMATION") return { ok: false, code: "NOT_FOUND", kind: null, message: unusableLinkMessage(null, "UNKNOWN") };
  if (!row.user.active || !row.user.organisation.active) return { ok: false, code: "FORBIDDEN", kind: row.kind, message: DEACTIVATED_LINK };
  const state = tokenState(row.expiresAt, row.usedAt, now);
  if (state !== "VALID") return { ok: false, code: "NOT_FOUND", kind: row.kind, message: unusableLinkMessage(row.kind, state) };
  return { ok: true, row };
}

/**
 * Sets a password through a single-use invitation or reset link. Ends every
 * existing session of the user. Nothing changes when anything is wrong,
 * including a deactivated user or organisation.
 */
export async function setPasswordWithToken({ token, password, now }: { token: string; password: string; now: Date }) {
  const check = await checkPasswordLink(token, now);
  if (!check.ok) throw new DomainError(check.code, check.message);
  const { row } = check;
  const problem = passwordProblem(password, [row.user.name, row.user.email]);
  if (problem) throw new DomainError("VALIDATION", problem, { password: problem });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Claim the token first: a second, concurrent use finds it used and fails.
    const claimed = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new DomainError("NOT_FOUND", unusableLinkMessage(row.kind, "USED"));
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
