"use server";
import { revalidatePath } from "next/cache";
import { saveWrittenPlanSchema, submitWrittenPlanSchema } from "@/lib/schemas/written-plan";
import { providerAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { saveWrittenPlanDraft, submitWrittenPlan } from "@/lib/server/services/written-plan";

// The written round (issue 7): the provider's plan per school. The school id
// is checked against the provider's admission on the server; the time is the
// server's.

export const saveWrittenPlanDraftAction = providerAction.inputSchema(saveWrittenPlanSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  return saveWrittenPlanDraft({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
});

export const submitWrittenPlanAction = providerAction.inputSchema(submitWrittenPlanSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt, replayed } = await submitWrittenPlan({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidatePath("/aanbieder/schriftelijke-ronde");
  return { planId: receipt.subjectId, replayed, receipt: await getReceiptView(ctx.actor, receipt.number) };
});
