"use server";
import { requestPasswordResetSchema, setPasswordSchema } from "@/lib/schemas/account";
import { actionClient } from "@/lib/server/action-client";
import { currentClientIp } from "@/lib/server/client-ip";
import { getRealNow } from "@/lib/server/clock";
import { requestPasswordReset } from "@/lib/server/services/password-reset";
import { setPasswordWithToken } from "@/lib/server/services/set-password";

/** Public: the link itself is the credential. Token expiry runs on real time, not demo time. */
export const setPasswordAction = actionClient.inputSchema(setPasswordSchema).action(async ({ parsedInput }) => {
  const { email } = await setPasswordWithToken({ token: parsedInput.token, password: parsedInput.password, now: getRealNow() });
  return { email };
});

/** Public. Always the same answer, whether the address is known or not. */
export const requestPasswordResetAction = actionClient.inputSchema(requestPasswordResetSchema).action(async ({ parsedInput }) => {
  await requestPasswordReset({ email: parsedInput.email, ip: await currentClientIp(), realNow: getRealNow() });
  return { ok: true };
});
