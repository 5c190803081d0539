import { z } from "zod";
import { isValidLocalDate } from "@/lib/domain/local-time";

// The admission application (issue 6), provider side. A draft is saved as it
// is, so this schema only bounds sizes and shapes (Dutch messages); what a
// submit needs on top is checked by lib/domain/admission/application.ts,
// which lists each missing item with the field to go to.

// Sizes: a full application (3 clusters with 5 texts of 10,000 characters, 30
// references of 5,000) stays well below the 1 MB body limit of a server action.
export const TEXT_MAX = 10_000;
export const DESCRIPTION_MAX = 5_000;
export const SHORT_MAX = 200;
export const REFERENCES_MAX = 30;
export const DOCUMENTS_MAX = 30;

const id = z.string().min(1).max(40);
const longText = z.string().max(TEXT_MAX, "Maximaal 10.000 tekens.");
const shortText = z.string().max(SHORT_MAX, `Maximaal ${SHORT_MAX} tekens.`);
/** "" while not filled in, else an existing calendar date. */
const optionalDate = z.union([z.literal(""), z.string().max(10).refine(isValidLocalDate, "Vul een bestaande datum in (dd-mm-jjjj).")]);

export const applicationReferenceSchema = z.object({
  clusterId: id,
  schoolName: shortText,
  place: shortText,
  startOn: optionalDate,
  endOn: optionalDate,
  description: z.string().max(DESCRIPTION_MAX, "Maximaal 5.000 tekens."),
  contactName: shortText,
  contactEmail: z.string().max(254, "Dit e-mailadres is te lang."),
  contactPhone: z.string().max(40, "Maximaal 40 tekens."),
});

export const applicationClusterPartSchema = z.object({
  careLandscapeKnowledge: longText,
  educationalOfferKnowledge: longText,
  expertise: z.record(id, longText).refine((r) => Object.keys(r).length <= 20, "Te veel onderdelen."),
});

export const applicationContentSchema = z.object({
  clusterIds: z.array(id).max(10, "Kies maximaal 10 clusters."),
  clusters: z.record(id, applicationClusterPartSchema).refine((r) => Object.keys(r).length <= 10, "Te veel clusters."),
  declaredGroundIds: z.array(id).max(50),
  signerName: shortText,
  signerFunction: shortText,
  signedOn: optionalDate,
  references: z.array(applicationReferenceSchema).max(REFERENCES_MAX, `Maximaal ${REFERENCES_MAX} referentieopdrachten.`),
  documents: z
    .array(z.object({ documentId: id, label: shortText }))
    .max(DOCUMENTS_MAX, `Maximaal ${DOCUMENTS_MAX} documenten.`),
});

/**
 * Saving a draft. `applicationId` is the version the form was loaded from
 * ("" for none): the server refuses to overwrite a newer version it did not see.
 */
export const saveApplicationDraftSchema = applicationContentSchema.extend({
  applicationId: z.union([id, z.literal("")]),
});

export const submitApplicationSchema = saveApplicationDraftSchema.extend({
  idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
});

export type ApplicationContentInput = z.input<typeof applicationContentSchema>;
export type SaveApplicationDraftInput = z.input<typeof saveApplicationDraftSchema>;
export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;
