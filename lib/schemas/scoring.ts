import { z } from "zod";

// Scoring of written plans by a school's evaluators (SPEC §8): per topic a
// score (one of the procedure's ScoreLevel values, 1–3 in the seeds) and an
// explanation; the consensus sheet adds a conclusion. Scores travel as the
// strings of the radio buttons ("" = not chosen); the server checks them
// against the procedure's levels (lib/domain/selection/score-validation.ts).

const id = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max, `Maximaal ${max.toLocaleString("nl-NL")} tekens.`);

export const scoreItemsSchema = z
  .record(id, z.object({ score: z.string().trim().max(3, "Kies een score."), explanation: text(5000) }))
  .refine((items) => Object.keys(items).length <= 50, "Te veel onderwerpen.");

export const scoreSheetSchema = z.object({
  schoolId: id,
  /** The candidate: the provider's organisation id. */
  providerId: id,
  items: scoreItemsSchema,
});

export const consensusSheetSchema = scoreSheetSchema.extend({ conclusion: text(10_000) });

export const submitScoreSheetSchema = scoreSheetSchema.extend({ idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens.") });
export const submitConsensusSheetSchema = consensusSheetSchema.extend({ idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens.") });

export const evaluatorSchema = z.object({ schoolId: id, userId: id });

export const declareNoConflictSchema = z.object({
  schoolId: id,
  confirmed: z.literal(true, "Bevestig de verklaring door het vakje aan te vinken."),
});

export type ScoreSheetInput = z.output<typeof scoreSheetSchema>;
export type ConsensusSheetInput = z.output<typeof consensusSheetSchema>;
export type ScoreItemsInput = z.output<typeof scoreItemsSchema>;

/** "" → null (not chosen); anything else as a number (NaN stays NaN and is refused by the domain check). */
export function parseScore(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}
