"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { freezePlanSchema, savePlanProviderPartSchema, savePlanSchoolPartSchema, signPlanSchema } from "@/lib/schemas/plan";
import { municipalityAction, providerAction, schoolAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { freezePlan, savePlanProviderPart, savePlanSchoolPart } from "@/lib/server/services/plan";
import { signPlan } from "@/lib/server/services/plan-signing";

// Plan of approach (issue 8). The organisation always comes from the actor;
// the services check it against the school, its chosen providers and its
// municipality (a foreign school is NOT_FOUND).

function revalidatePlanPages() {
  revalidatePath("/school/plan-van-aanpak", "layout");
  revalidatePath("/aanbieder/plan-van-aanpak", "layout");
  revalidatePath("/gemeente/plannen", "layout");
  revalidatePath("/beheer/plannen", "layout");
}

function editOutcome(result: Awaited<ReturnType<typeof savePlanSchoolPart>>) {
  return { savedAt: result.savedAt, voidedVersion: result.voidedVersion, newVersion: result.newVersion };
}

export const savePlanSchoolPartAction = schoolAction.inputSchema(savePlanSchoolPartSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const result = await savePlanSchoolPart({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  if (result.voidedVersion || result.newVersion) revalidatePlanPages();
  return editOutcome(result);
});

export const savePlanProviderPartAction = providerAction.inputSchema(savePlanProviderPartSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const result = await savePlanProviderPart({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  if (result.voidedVersion || result.newVersion) revalidatePlanPages();
  return editOutcome(result);
});

async function freeze(actor: Parameters<typeof freezePlan>[0]["actor"], schoolId: string, now: Date) {
  const procedure = await getCurrentProcedure();
  const { version, created } = await freezePlan({ actor, procedureId: procedure.id, schoolId, now });
  revalidatePlanPages();
  return { number: version.number, contentSha256: version.contentSha256, created };
}

export const freezePlanAsSchoolAction = schoolAction.inputSchema(freezePlanSchema).action(async ({ parsedInput, ctx }) => freeze(ctx.actor, parsedInput.schoolId, ctx.now));
export const freezePlanAsProviderAction = providerAction.inputSchema(freezePlanSchema).action(async ({ parsedInput, ctx }) => freeze(ctx.actor, parsedInput.schoolId, ctx.now));

async function sign(actor: Parameters<typeof signPlan>[0]["actor"], parsedInput: z.output<typeof signPlanSchema>, now: Date) {
  const procedure = await getCurrentProcedure();
  const { idempotencyKey, confirm: _confirm, ...input } = parsedInput;
  const { receipt, replayed } = await signPlan({ actor, procedureId: procedure.id, input, idempotencyKey, now });
  revalidatePlanPages();
  const { canonicalContent: _content, ...view } = await getReceiptView(actor, receipt.number);
  return { receipt: view, replayed };
}

export const signPlanAsSchoolAction = schoolAction.inputSchema(signPlanSchema).action(async ({ parsedInput, ctx }) => sign(ctx.actor, parsedInput, ctx.now));
export const signPlanAsProviderAction = providerAction.inputSchema(signPlanSchema).action(async ({ parsedInput, ctx }) => sign(ctx.actor, parsedInput, ctx.now));
export const signPlanAsMunicipalityAction = municipalityAction.inputSchema(signPlanSchema).action(async ({ parsedInput, ctx }) => sign(ctx.actor, parsedInput, ctx.now));
