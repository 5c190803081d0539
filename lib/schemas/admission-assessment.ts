import { z } from "zod";
import {
  ADMISSION_OUTCOMES,
  checkMotivation,
  checkRequirementNote,
  SEND_BACK_REASON_MIN_CHARACTERS,
} from "@/lib/domain/admission/assessment";

// Staff assessment of admission applications (issue 6). The same rules run in
// the service, which may be called without these schemas.

const id = z.string().min(1).max(40);

export const REQUIREMENT_VERDICTS = ["MET", "NOT_MET"] as const;
export const REQUIREMENT_VERDICT_LABELS = { MET: "Voldaan", NOT_MET: "Niet voldaan" } as const;

export const assessRequirementSchema = z
  .object({
    applicationClusterId: id,
    requirementId: id,
    verdict: z.enum(REQUIREMENT_VERDICTS, "Kies voldaan of niet voldaan."),
    note: z.string().max(10_000),
  })
  .superRefine((value, ctx) => {
    const check = checkRequirementNote(value.verdict === "MET", value.note);
    if (!check.ok) ctx.addIssue({ code: "custom", path: ["note"], message: check.message });
  })
  .transform((value) => ({ ...value, note: value.note.trim() }));

export const recordDecisionSchema = z
  .object({
    applicationClusterId: id,
    outcome: z.enum(ADMISSION_OUTCOMES, "Kies toegelaten of niet toegelaten."),
    motivation: z.string().max(10_000),
  })
  .superRefine((value, ctx) => {
    const check = checkMotivation(value.motivation);
    if (!check.ok) ctx.addIssue({ code: "custom", path: ["motivation"], message: check.message });
  })
  .transform((value) => ({ ...value, motivation: value.motivation.trim() }));

export const confirmDecisionSchema = z.object({ decisionId: id });

export const sendBackDecisionSchema = z.object({
  decisionId: id,
  reason: z
    .string()
    .trim()
    .min(SEND_BACK_REASON_MIN_CHARACTERS, `Schrijf waarom u het besluit terugstuurt (minimaal ${SEND_BACK_REASON_MIN_CHARACTERS} tekens).`)
    .max(2000, "Maximaal 2000 tekens."),
});

export type AssessRequirementInput = z.input<typeof assessRequirementSchema>;
export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;
export type ConfirmDecisionInput = z.input<typeof confirmDecisionSchema>;
export type SendBackDecisionInput = z.input<typeof sendBackDecisionSchema>;
