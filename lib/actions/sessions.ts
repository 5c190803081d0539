"use server";
import { revalidatePath } from "next/cache";
import { endSessionSchema } from "@/lib/schemas/sessions";
import { authenticatedAction } from "@/lib/server/action-client";
import { getRealNow } from "@/lib/server/clock";
import { endAllSessions, endSession } from "@/lib/server/services/sessions";

// Logins run on real time, not on the demo clock (ctx.now).

export const endSessionAction = authenticatedAction.inputSchema(endSessionSchema).action(async ({ parsedInput, ctx }) => {
  await endSession({ actor: ctx.actor, sessionId: parsedInput.sessionId, now: getRealNow() });
  revalidatePath("/account/sessies");
  return { ok: true };
});

export const endAllSessionsAction = authenticatedAction.action(async ({ ctx }) => {
  const result = await endAllSessions({ actor: ctx.actor, now: getRealNow() });
  return { endedSessions: result.endedSessions };
});
