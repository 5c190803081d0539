"use server";
import { revalidatePath } from "next/cache";
import { budgetFormSchema, budgetVersionRefSchema } from "@/lib/schemas/budget";
import { assertAllowed } from "@/lib/server/authorize";
import { staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { publishBudgetVersion, saveBudgetVersion } from "@/lib/server/services/budget";

export const saveBudgetVersionAction = staffAction.inputSchema(budgetFormSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assertAllowed(ctx.actor, "budget.manage", procedure.id, ctx.now);
  const result = await saveBudgetVersion({ actor: ctx.actor, procedureId: procedure.id, values: parsedInput, now: ctx.now });
  revalidatePath("/beheer/budget");
  return result;
});

export const publishBudgetVersionAction = staffAction.inputSchema(budgetVersionRefSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assertAllowed(ctx.actor, "budget.manage", procedure.id, ctx.now);
  const result = await publishBudgetVersion({ actor: ctx.actor, procedureId: procedure.id, calculationId: parsedInput.calculationId, now: ctx.now });
  revalidatePath("/", "layout");
  return result;
});
