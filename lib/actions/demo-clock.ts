"use server";
import { revalidatePath } from "next/cache";
import { setDemoClockSchema } from "@/lib/schemas/demo-clock";
import { staffAction } from "@/lib/server/action-client";
import { getRealNow } from "@/lib/server/clock";
import { resetDemoClock, setDemoClock } from "@/lib/server/services/demo-clock";

export const setDemoClockAction = staffAction.inputSchema(setDemoClockSchema).action(async ({ parsedInput, ctx }) => {
  const result = await setDemoClock({ actor: ctx.actor, localDateTime: parsedInput.localDateTime, realNow: getRealNow() });
  revalidatePath("/", "layout");
  return { label: result.label };
});

export const resetDemoClockAction = staffAction.action(async ({ ctx }) => {
  await resetDemoClock({ actor: ctx.actor, realNow: getRealNow() });
  revalidatePath("/", "layout");
  return { ok: true };
});
