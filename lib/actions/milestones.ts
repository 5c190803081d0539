"use server";
import { revalidatePath } from "next/cache";
import { updateMilestoneSchema } from "@/lib/schemas/milestone";
import { staffAction } from "@/lib/server/action-client";
import { assertAllowed } from "@/lib/server/authorize";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { updateMilestone } from "@/lib/server/services/milestones";

export const updateMilestoneAction = staffAction.inputSchema(updateMilestoneSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assertAllowed(ctx.actor, "procedure.manage", procedure.id, ctx.now);
  const { milestoneId, ...input } = parsedInput;
  const result = await updateMilestone({ actor: ctx.actor, procedureId: procedure.id, milestoneId, input, now: ctx.now });
  revalidatePath("/", "layout");
  return { notified: result.notified };
});
