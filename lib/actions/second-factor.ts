"use server";
import { revalidatePath } from "next/cache";
import { generate } from "otplib";
import { DomainError } from "@/lib/domain/errors";
import { demoSecondFactorSchema, resetSecondFactorSchema, secondFactorCodeSchema } from "@/lib/schemas/second-factor";
import { actionClient, authenticatedAction, secondFactorSetupAction, staffAction } from "@/lib/server/action-client";
import { getRealNow } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isDemoMode } from "@/lib/server/env";
import { confirmTotpSetup, regenerateRecoveryCodes, resetSecondFactor } from "@/lib/server/services/second-factor";
import { DEMO_TOTP_SECRET, demoAccounts } from "@/prisma/seed/demo-accounts";

// Logins and their second factor run on real time, not on the demo clock.

export const confirmTotpSetupAction = secondFactorSetupAction.inputSchema(secondFactorCodeSchema).action(async ({ parsedInput, ctx }) => {
  return confirmTotpSetup(ctx.actor, parsedInput.code, getRealNow());
});

export const regenerateRecoveryCodesAction = authenticatedAction.inputSchema(secondFactorCodeSchema).action(async ({ parsedInput, ctx }) => {
  const result = await regenerateRecoveryCodes(ctx.actor, parsedInput.code, getRealNow());
  revalidatePath("/account/tweestapsverificatie");
  return result;
});

export const resetSecondFactorAction = staffAction.inputSchema(resetSecondFactorSchema).action(async ({ parsedInput, ctx }) => {
  await resetSecondFactor(ctx.actor, parsedInput.userId, getRealNow());
  revalidatePath("/beheer/organisaties");
  return { ok: true };
});

const STEP_SECONDS = 30;

/**
 * Demo mode only: the code a demo staff member's authenticator app would show
 * now (the demo TOTP key is public in the README). Takes the first time step
 * the server still accepts, so repeated demo logins keep working.
 */
export const demoSecondFactorCodeAction = actionClient.inputSchema(demoSecondFactorSchema).action(async ({ parsedInput }) => {
  if (!isDemoMode()) throw new DomainError("DEMO_ONLY");
  const account = Object.values(demoAccounts).find((a) => a.email === parsedInput.email && a.role === "STAFF");
  if (!account) return { code: null };
  const user = await db.user.findUnique({ where: { email: account.email }, select: { totpSecret: true, totpLastTimeStep: true } });
  if (user?.totpSecret !== DEMO_TOTP_SECRET) return { code: null };
  const current = Math.floor(getRealNow().getTime() / 1000 / STEP_SECONDS);
  const step = Math.max(current, (user.totpLastTimeStep ?? 0) + 1);
  if (step > current + 1) return { code: null };
  return { code: await generate({ secret: DEMO_TOTP_SECRET, epoch: step * STEP_SECONDS }) };
});
