"use server";
import { revalidatePath } from "next/cache";
import {
  assessRequirementSchema,
  confirmDecisionSchema,
  recordDecisionSchema,
  sendBackDecisionSchema,
} from "@/lib/schemas/admission-assessment";
import { staffAction } from "@/lib/server/action-client";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import {
  assessRequirement,
  confirmAdmissionDecision,
  recordAdmissionDecision,
  sendBackAdmissionDecision,
} from "@/lib/server/services/admission-assessment";

// Staff assessment of admission applications. The services check the window
// (after the admission close), four eyes and the freeze at the announcement.

function revalidate() {
  revalidatePath("/beheer/toelating", "layout");
}

export const assessRequirementAction = staffAction.inputSchema(assessRequirementSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await assessRequirement({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidate();
  return { ok: true };
});

export const recordDecisionAction = staffAction.inputSchema(recordDecisionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  const decision = await recordAdmissionDecision({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidate();
  return { outcome: decision.outcome, final: decision.outcome === "ADMITTED" };
});

export const confirmDecisionAction = staffAction.inputSchema(confirmDecisionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await confirmAdmissionDecision({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidate();
  return { ok: true };
});

export const sendBackDecisionAction = staffAction.inputSchema(sendBackDecisionSchema).action(async ({ parsedInput, ctx }) => {
  const procedure = await getCurrentProcedure();
  await sendBackAdmissionDecision({ actor: ctx.actor, procedureId: procedure.id, input: parsedInput, now: ctx.now });
  revalidate();
  return { ok: true };
});
