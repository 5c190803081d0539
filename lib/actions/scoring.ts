"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/domain/actor";
import {
  consensusSheetSchema, declareNoConflictSchema, evaluatorSchema, scoreSheetSchema, submitConsensusSheetSchema, submitScoreSheetSchema,
} from "@/lib/schemas/scoring";
import { schoolAction, staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import {
  assignEvaluator, declareNoConflict, removeEvaluator, saveConsensusDraft, saveIndividualScoreDraft, submitConsensus, submitIndividualScore,
} from "@/lib/server/services/scoring";

// Scoring by the school (issue 7). Evaluators are managed by the school and by
// staff; everything else is the school's evaluators' own work.

function revalidateScoring(actor: Actor) {
  revalidatePath(actor.role === "STAFF" ? "/beheer/selectie" : "/school/beoordeling", "layout");
}

export const assignEvaluatorAction = schoolAction.inputSchema(evaluatorSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assignEvaluator({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { ok: true };
});

export const removeEvaluatorAction = schoolAction.inputSchema(evaluatorSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await removeEvaluator({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { ok: true };
});

export const staffAssignEvaluatorAction = staffAction.inputSchema(evaluatorSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assignEvaluator({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { ok: true };
});

export const staffRemoveEvaluatorAction = staffAction.inputSchema(evaluatorSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await removeEvaluator({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { ok: true };
});

export const declareNoConflictAction = schoolAction.inputSchema(declareNoConflictSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await declareNoConflict({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { ok: true };
});

export const saveScoreDraftAction = schoolAction.inputSchema(scoreSheetSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  return saveIndividualScoreDraft({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
});

export const submitScoreAction = schoolAction.inputSchema(submitScoreSheetSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt, replayed } = await submitIndividualScore({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { replayed, receipt: await getReceiptView(ctx.actor, receipt.number) };
});

export const saveConsensusDraftAction = schoolAction.inputSchema(consensusSheetSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  return saveConsensusDraft({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
});

export const submitConsensusAction = schoolAction.inputSchema(submitConsensusSheetSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt, replayed } = await submitConsensus({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidateScoring(ctx.actor);
  return { replayed, receipt: await getReceiptView(ctx.actor, receipt.number) };
});
