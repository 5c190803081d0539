"use server";
import { revalidatePath } from "next/cache";
import { saveExclusionGroundsSchema } from "@/lib/schemas/exclusion-grounds";
import { staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { saveExclusionGrounds } from "@/lib/server/services/exclusion-grounds";

// The exclusion grounds applicants declare (SPEC §7), set by staff before the admission window opens.

export const saveExclusionGroundsAction = staffAction.inputSchema(saveExclusionGroundsSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const result = await saveExclusionGrounds({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  if (result.changed) revalidatePath("/", "layout");
  return result;
});
