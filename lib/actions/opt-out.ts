"use server";
import { revalidatePath } from "next/cache";
import { recordContractSegmentsSchema, recordProviderContractSegmentsSchema, submitOptOutSchema } from "@/lib/schemas/opt-out";
import { providerAction, staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { recordContractSegments, submitOptOut } from "@/lib/server/services/opt-out";

function revalidateOptOutPages() {
  revalidatePath("/aanbieder", "layout");
  revalidatePath("/beheer/opzeggingen", "layout");
}

export const submitOptOutAction = providerAction.inputSchema(submitOptOutSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, ...input } = parsedInput;
  const { receipt, replayed } = await submitOptOut({ actor: ctx.actor, procedureId: procedure.id, input, idempotencyKey, now: ctx.now });
  revalidateOptOutPages();
  const { canonicalContent: _content, ...view } = await getReceiptView(ctx.actor, receipt.number);
  return { receipt: view, replayed, noticeId: receipt.subjectId };
});

/** A provider records the segments of its own agreement. */
export const recordOwnContractSegmentsAction = providerAction.inputSchema(recordContractSegmentsSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const holdings = await recordContractSegments({ actor: ctx.actor, procedureId: procedure.id, organisationId: ctx.actor.organisationId, input: parsedInput, now: ctx.now });
  revalidateOptOutPages();
  return { count: holdings.length };
});

/** Staff record the segments for a provider. */
export const recordProviderContractSegmentsAction = staffAction.inputSchema(recordProviderContractSegmentsSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const { organisationId, ...input } = parsedInput;
  const holdings = await recordContractSegments({ actor: ctx.actor, procedureId: procedure.id, organisationId, input, now: ctx.now });
  revalidateOptOutPages();
  return { count: holdings.length };
});
