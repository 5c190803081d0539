"use server";
import { revalidatePath } from "next/cache";
import { setMaxEmployeesPerSchoolSchema } from "@/lib/schemas/plan";
import { staffAction } from "@/lib/server/action-client";
import { assertAllowed } from "@/lib/server/authorize";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { setMaxEmployeesPerSchool } from "@/lib/server/services/plan-terms";

// Contract terms of the plan of approach that staff set (SPEC §9).

export const setMaxEmployeesPerSchoolAction = staffAction.inputSchema(setMaxEmployeesPerSchoolSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assertAllowed(ctx.actor, "procedure.manage", procedure.id, ctx.now);
  const result = await setMaxEmployeesPerSchool({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  if (result.changed) revalidatePath("/", "layout");
  return { maxEmployeesPerSchool: result.maxEmployeesPerSchool, text: result.text, changed: result.changed };
});
