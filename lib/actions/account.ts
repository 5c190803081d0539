"use server";
import { setPasswordSchema } from "@/lib/schemas/account";
import { actionClient } from "@/lib/server/action-client";
import { getRealNow } from "@/lib/server/clock";
import { setPasswordWithToken } from "@/lib/server/services/set-password";

/** Public: the link itself is the credential. Token expiry runs on real time, not demo time. */
export const setPasswordAction = actionClient.inputSchema(setPasswordSchema).action(async ({ parsedInput }) => {
  const { email } = await setPasswordWithToken({ token: parsedInput.token, password: parsedInput.password, now: getRealNow() });
  return { email };
});
