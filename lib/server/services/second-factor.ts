import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { parseSecondFactor } from "@/lib/domain/second-factor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import { db } from "../db";
import { acceptedTimeStep, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpQrSvg, totpUri } from "../second-factor";

type Tx = Prisma.TransactionClient;
type ActorRef = Pick<Actor, "userId" | "organisationId">;

/** Staff accounts must have a second factor before they can do anything. */
export function secondFactorRequired(user: { role: string; totpEnabledAt: Date | null }): boolean {
  return user.role === "STAFF" && user.totpEnabledAt === null;
}

export interface TotpSetup {
  secret: string;
  uri: string;
  qrSvg: string;
}

/**
 * The secret to scan while setting up. A pending secret is kept, so that a
 * page reload after scanning does not invalidate the app's entry.
 */
export async function beginTotpSetup(actor: ActorRef & { email: string }): Promise<TotpSetup> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (user.totpEnabledAt) throw new DomainError("CONFLICT", "Tweestapsverificatie is al ingesteld voor uw account.");
  let secret = user.totpSecret;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
  }
  const uri = totpUri(user.email, secret);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

async function replaceRecoveryCodes(tx: Tx, userId: string, realNow: Date): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash, createdAt: realNow })) });
  return codes;
}

const WRONG_CODE = "Deze code klopt niet. Neem de code die uw app nu toont (zes cijfers); een code werkt maar één keer.";

/** Confirms the setup with a first code from the app; returns the recovery codes, shown once. */
export async function confirmTotpSetup(actor: ActorRef, code: string, realNow: Date): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (user.totpEnabledAt) throw new DomainError("CONFLICT", "Tweestapsverificatie is al ingesteld voor uw account.");
  if (!user.totpSecret) throw new DomainError("CONFLICT", "Laad de pagina opnieuw om de QR-code te tonen.");
  const input = parseSecondFactor(code);
  const step = input.kind === "TOTP" ? await acceptedTimeStep(user.totpSecret, input.token, user.totpLastTimeStep, realNow) : null;
  if (step === null) throw new DomainError("VALIDATION", WRONG_CODE, { code: WRONG_CODE });
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: realNow, totpLastTimeStep: step },
    });
    if (updated.count !== 1) throw new DomainError("CONFLICT");
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id, realNow);
    await recordAudit(tx, actor, realNow, { action: "user.secondFactorEnabled", entityType: "User", entityId: user.id });
    return { recoveryCodes };
  });
}

/** New recovery codes (the old ones stop working), after a fresh code from the app. */
export async function regenerateRecoveryCodes(actor: ActorRef, code: string, realNow: Date): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!user.totpEnabledAt || !user.totpSecret) throw new DomainError("CONFLICT", "Stel eerst tweestapsverificatie in.");
  const input = parseSecondFactor(code);
  const step = input.kind === "TOTP" ? await acceptedTimeStep(user.totpSecret, input.token, user.totpLastTimeStep, realNow) : null;
  if (step === null || !(await claimTimeStep(db, user.id, step))) {
    throw new DomainError("VALIDATION", WRONG_CODE, { code: WRONG_CODE });
  }
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id, realNow);
    await recordAudit(tx, actor, realNow, { action: "user.recoveryCodesRegenerated", entityType: "User", entityId: user.id });
    return { recoveryCodes };
  });
}

/** Records a step as used; false when another request used it (or a later one) first. */
async function claimTimeStep(tx: Tx | typeof db, userId: string, step: number): Promise<boolean> {
  const claimed = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: step } }] },
    data: { totpLastTimeStep: step },
  });
  return claimed.count === 1;
}

export type SecondFactorCheck = "OK" | "REQUIRED" | "INVALID";

/**
 * The second factor at login, for users who have one. A TOTP code is accepted
 * once; a recovery code is used up. Nothing is written for a wrong code.
 */
export async function checkSecondFactorAtLogin(
  user: { id: string; organisationId: string; totpEnabledAt: Date | null; totpSecret: string | null; totpLastTimeStep: number | null },
  code: string | undefined,
  realNow: Date,
): Promise<SecondFactorCheck> {
  if (!user.totpEnabledAt || !user.totpSecret) return "OK";
  if (!code) return "REQUIRED";
  const input = parseSecondFactor(code);
  if (input.kind === "TOTP") {
    const step = await acceptedTimeStep(user.totpSecret, input.token, user.totpLastTimeStep, realNow);
    return step !== null && (await claimTimeStep(db, user.id, step)) ? "OK" : "INVALID";
  }
  if (input.kind === "RECOVERY") {
    return db.$transaction(async (tx) => {
      const used = await tx.recoveryCode.updateMany({
        where: { userId: user.id, codeHash: hashRecoveryCode(input.code), usedAt: null },
        data: { usedAt: realNow },
      });
      if (used.count !== 1) return "INVALID";
      await recordAudit(tx, { userId: user.id, organisationId: user.organisationId }, realNow, {
        action: "user.recoveryCodeUsed", entityType: "User", entityId: user.id,
      });
      return "OK";
    });
  }
  return "INVALID";
}

/** For the account page: is the second factor on, since when, how many recovery codes are left. */
export async function secondFactorStatus(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true, role: true } });
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { enabledAt: user.totpEnabledAt, required: user.role === "STAFF", recoveryCodesLeft };
}

/**
 * Staff reset a colleague's second factor (lost phone and codes): the
 * colleague sets it up again at the next login; their logins end now.
 */
export async function resetSecondFactor(actor: ActorRef, userId: string, realNow: Date): Promise<void> {
  if (userId === actor.userId) throw new DomainError("FORBIDDEN", "U kunt uw eigen tweestapsverificatie niet resetten; vraag een collega.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new DomainError("NOT_FOUND");
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, sessionVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, realNow, { action: "user.secondFactorReset", entityType: "User", entityId: userId });
  });
}
