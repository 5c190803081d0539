"use server";
import { revalidatePath } from "next/cache";
import {
  confirmInterviewSchema, determineInvitationsSchema, publishSchoolResultSchema, scheduleInterviewSchema,
  submitInterviewAssessmentSchema, submitSchoolChoiceSchema,
} from "@/lib/schemas/selection-results";
import { providerAction, schoolAction, staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { confirmInterview, scheduleInterview } from "@/lib/server/services/interviews";
import { fixInterviewInvitations } from "@/lib/server/services/ranking";
import { submitInterviewAssessment, submitSchoolChoice } from "@/lib/server/services/school-choice";
import { publishSchoolResult } from "@/lib/server/services/selection-publication";

export const fixInterviewInvitationsAction = staffAction.inputSchema(determineInvitationsSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const result = await fixInterviewInvitations({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/uitnodigingen", "layout");
  return result;
});

export const scheduleInterviewAction = staffAction.inputSchema(scheduleInterviewSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const interview = await scheduleInterview({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/uitnodigingen", "layout");
  return { interviewId: interview.id, startsAt: interview.startsAt };
});

export const confirmInterviewAction = providerAction.inputSchema(confirmInterviewSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const interview = await confirmInterview({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/aanbieder/gesprekken");
  return { confirmedAt: interview.confirmedAt };
});

export const submitInterviewAssessmentAction = schoolAction.inputSchema(submitInterviewAssessmentSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt } = await submitInterviewAssessment({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  // No revalidatePath: it would re-render the page at once without this
  // provider's form, and with it the receipt the school has just been given.
  // The form shows the receipt and a button that refreshes the page.
  return { receipt: await getReceiptView(ctx.actor, receipt.number) };
});

export const submitSchoolChoiceAction = schoolAction.inputSchema(submitSchoolChoiceSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt } = await submitSchoolChoice({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidatePath("/school/keuze", "layout");
  return { receipt: await getReceiptView(ctx.actor, receipt.number) };
});

export const publishSchoolResultAction = staffAction.inputSchema(publishSchoolResultSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const result = await publishSchoolResult({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidatePath("/beheer/uitnodigingen", "layout");
  return result;
});
