import { z } from "zod";

// The plan of approach (issue 8): the school's part, the provider's part with
// the deployment table, freezing a version for signing, and signing it.
// Drafts accept incomplete text: completeness is checked when a version is
// frozen (lib/server/services/plan.ts planCompleteness), never on autosave.

export const PLAN_TEXT_MAX = 20_000;

const id = z.string().min(1).max(40);
const text = z.string().max(PLAN_TEXT_MAX, "Maximaal 20.000 tekens.");
/** The version the editor was showing ("" for none): an edit to a plan under signing must be deliberate. */
const knownVersionId = z.string().max(40);

export const savePlanSchoolPartSchema = z.object({
  schoolId: id,
  knownVersionId,
  schoolContext: text,
  schoolGoals: text,
  pedagogicalClimate: text,
  oppLink: text,
  practicalArrangements: text,
  schoolHasBehaviouralScientist: z.boolean(),
});

export const EDUCATION_LEVELS = ["HBO", "MBO_SUPERVISED"] as const;
export const EDUCATION_LEVEL_LABELS: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  HBO: "hbo (SKJ-geregistreerd)",
  MBO_SUPERVISED: "mbo, onder begeleiding van een SKJ-geregistreerde hbo-collega",
};

export const deploymentRowSchema = z.object({
  /** A UUID made by the form for a new row, or the id of a saved row: stays the same, so a save without changes keeps the hash. */
  id: z.string().min(1).max(40),
  personName: z.string().max(200, "Maximaal 200 tekens."),
  role: z.string().max(200, "Maximaal 200 tekens."),
  educationLevel: z.enum(EDUCATION_LEVELS, "Kies het opleidingsniveau."),
  skjNumber: z.string().max(40, "Maximaal 40 tekens."),
  supervisorName: z.string().max(200, "Maximaal 200 tekens."),
  supervisorSkjNumber: z.string().max(40, "Maximaal 40 tekens."),
  hoursPerWeek: z.string().max(12, "Vul een getal in, bijvoorbeeld 16 of 7,5."),
});

export const savePlanProviderPartSchema = z.object({
  schoolId: id,
  knownVersionId,
  /** topicId → text of the own approach. */
  approaches: z.record(z.string().max(40), text),
  /**
   * The agreements, shared by the chosen providers: only those the editor
   * changed are sent, so a save never overwrites the other provider's text
   * with the stale one its form was loaded with. Left out: unchanged.
   */
  behaviouralScientist: text.optional(),
  replacementArrangement: text.optional(),
  staffContinuity: text.optional(),
  /** The own organisation's rows only; the other provider's rows are left as they are. */
  deployments: z.array(deploymentRowSchema).max(30, "Ten hoogste 30 regels."),
});

export const freezePlanSchema = z.object({ schoolId: id });

export const signPlanSchema = z.object({
  schoolId: id,
  /** The SHA-256 the signer saw; the server refuses when the current version has another. */
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/, "Laad de pagina opnieuw en probeer het nog eens."),
  // No name: the signature carries the name and e-mail address of the logged-in account (the server's actor), never a typed one.
  signerFunction: z.string().trim().min(2, "Vul uw functie in.").max(200, "Maximaal 200 tekens."),
  confirm: z.literal(true, "Bevestig dat u bevoegd bent en deze versie ondertekent."),
  idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
});

export type SavePlanSchoolPartInput = z.input<typeof savePlanSchoolPartSchema>;
export type SavePlanProviderPartInput = z.input<typeof savePlanProviderPartSchema>;
export type DeploymentRowFormValues = z.input<typeof deploymentRowSchema>;
export type SignPlanInput = z.input<typeof signPlanSchema>;

/** The range staff may set for the procedure's maximum number of employees per school (SPEC §9: "ten hoogste x"). */
export const MAX_EMPLOYEES_PER_SCHOOL_RANGE = { min: 2, max: 20 } as const;
const MAX_EMPLOYEES_MESSAGE =
  `Vul een heel getal van ${MAX_EMPLOYEES_PER_SCHOOL_RANGE.min} tot en met ${MAX_EMPLOYEES_PER_SCHOOL_RANGE.max} in, of laat het veld leeg voor geen maximum.`;

/** Staff set the maximum number of employees per school; empty: no maximum. */
export const setMaxEmployeesPerSchoolSchema = z.object({
  maxEmployeesPerSchool: z
    .string()
    .trim()
    .max(4, MAX_EMPLOYEES_MESSAGE)
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= MAX_EMPLOYEES_PER_SCHOOL_RANGE.min && Number(v) <= MAX_EMPLOYEES_PER_SCHOOL_RANGE.max), MAX_EMPLOYEES_MESSAGE)
    .transform((v) => (v === "" ? null : Number(v))),
});

export type SetMaxEmployeesPerSchoolInput = z.input<typeof setMaxEmployeesPerSchoolSchema>;
