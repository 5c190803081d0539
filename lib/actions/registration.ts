"use server";
import { confirmEmailSchema, registerProviderSchema } from "@/lib/schemas/registration";
import { actionClient } from "@/lib/server/action-client";
import { currentClientIp } from "@/lib/server/client-ip";
import { getRealNow } from "@/lib/server/clock";
import { confirmEmail, registerProvider } from "@/lib/server/services/registration";

/** Public: a provider registers itself. The answer is the same whether the e-mail address is known or not. */
export const registerProviderAction = actionClient.inputSchema(registerProviderSchema).action(async ({ parsedInput }) => {
  await registerProvider({ input: parsedInput, ip: await currentClientIp(), realNow: getRealNow() });
  return { ok: true };
});

export const confirmEmailAction = actionClient.inputSchema(confirmEmailSchema).action(async ({ parsedInput }) => {
  return confirmEmail({ token: parsedInput.token, realNow: getRealNow() });
});
