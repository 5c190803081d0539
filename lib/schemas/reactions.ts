import { z } from "zod";

const subject = z.string().trim().min(1, "Geef aan op welk onderdeel van de contractdocumenten uw reactie gaat.").max(200, "Maximaal 200 tekens.");
const body = z.string().trim().min(1, "Schrijf uw reactie.").max(10_000, "Maximaal 10.000 tekens.");

export const saveReactionSchema = z.object({
  reactionId: z.string().max(40).optional(),
  subject,
  body,
  /** An uploaded document (POST /api/documenten) of the own organisation. */
  attachmentId: z.string().max(40).optional(),
});

export const submitReactionSchema = saveReactionSchema.extend({
  idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
});

export const processReactionSchema = z.object({
  reactionId: z.string().min(1).max(40),
  outcome: z.enum(["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED"], "Kies hoe de reactie is verwerkt."),
  processingText: z.string().trim().min(10, "Licht de verwerking toe (minimaal 10 tekens).").max(5000, "Maximaal 5000 tekens."),
  changedSection: z.string().trim().max(200, "Maximaal 200 tekens."),
});

export type SaveReactionInput = z.input<typeof saveReactionSchema>;
export type SubmitReactionInput = z.input<typeof submitReactionSchema>;
export type ProcessReactionInput = z.input<typeof processReactionSchema>;

export const OUTCOME_LABELS = {
  ADOPTED: "Overgenomen",
  PARTLY_ADOPTED: "Deels overgenomen",
  NOT_ADOPTED: "Niet overgenomen",
} as const;
