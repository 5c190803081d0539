"use server";
import { revalidatePath } from "next/cache";
import { saveApplicationDraftSchema, submitApplicationSchema } from "@/lib/schemas/admission";
import { providerAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { saveApplicationDraft, submitApplication } from "@/lib/server/services/admission-application";

/** Autosave (debounced, and on leaving a field): the draft as it is. `savedAt` is the server's time (demo clock included). */
export const saveApplicationDraftAction = providerAction.inputSchema(saveApplicationDraftSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const draft = await saveApplicationDraft({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  return { applicationId: draft.id, version: draft.version, savedAt: ctx.now };
});

export const submitApplicationAction = providerAction.inputSchema(submitApplicationSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt, replayed } = await submitApplication({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidatePath("/aanbieder/toelating", "layout");
  const { canonicalContent: _content, ...view } = await getReceiptView(ctx.actor, receipt.number);
  return { receipt: view, replayed, applicationId: receipt.subjectId };
});
