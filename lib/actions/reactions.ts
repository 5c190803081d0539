"use server";
import { revalidatePath } from "next/cache";
import { processReactionSchema, saveReactionSchema, submitReactionSchema } from "@/lib/schemas/reactions";
import { reactionAction, staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { processReaction, saveReactionDraft, submitReaction } from "@/lib/server/services/reactions";

export const saveReactionDraftAction = reactionAction.inputSchema(saveReactionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const draft = await saveReactionDraft({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  return { reactionId: draft.id, savedAt: draft.updatedAt };
});

export const submitReactionAction = reactionAction.inputSchema(submitReactionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt } = await submitReaction({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidatePath("/aanbieder/reacties");
  revalidatePath("/raad/reacties");
  return { receipt: await getReceiptView(ctx.actor, receipt.number) };
});

export const processReactionAction = staffAction.inputSchema(processReactionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await processReaction({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/reacties");
  return { ok: true };
});
