"use server";
import { revalidatePath } from "next/cache";
import { answerQuestionSchema, askQuestionSchema, publishQuestionSchema } from "@/lib/schemas/questions";
import { providerAction, staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { answerQuestion, askQuestion, publishQuestion } from "@/lib/server/services/questions";

export const askQuestionAction = providerAction.inputSchema(askQuestionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { receipt, replayed } = await askQuestion({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/aanbieder/vragen");
  revalidatePath("/beheer/vragen");
  const { canonicalContent: _content, ...view } = await getReceiptView(ctx.actor, receipt.number);
  return { receipt: view, replayed };
});

export const answerQuestionAction = staffAction.inputSchema(answerQuestionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { notified } = await answerQuestion({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/vragen", "layout");
  revalidatePath("/aanbieder/vragen");
  return { notified };
});

export const publishQuestionAction = staffAction.inputSchema(publishQuestionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { notified, firstPublication } = await publishQuestion({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/vragen", "layout");
  revalidatePath("/aanbieder/vragen");
  revalidatePath("/nota-van-inlichtingen");
  return { notified, firstPublication };
});
