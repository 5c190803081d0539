import { z } from "zod";

// The written plan of a provider for one school (SPEC §8): a text per topic,
// keyed by topic id, so that the field errors of the domain check
// ("answers.<topicId>.body", lib/domain/selection/word-count.ts) land under
// their fields. Word limits are procedure data: the server checks them
// against the Topic rows, the editor shows the count live.

const id = z.string().min(1).max(40);
/** A hard cap far above any word limit, so a draft is never refused for its length in words. */
export const MAX_TOPIC_CHARACTERS = 40_000;

export const writtenPlanContentSchema = z.object({
  schoolId: id,
  /** The version the editor is based on ("" for none yet): guards against overwriting a colleague's newer version unseen. */
  basedOnPlanId: z.union([id, z.literal("")]),
  answers: z
    .record(id, z.object({ body: z.string().max(MAX_TOPIC_CHARACTERS, `Maximaal ${MAX_TOPIC_CHARACTERS.toLocaleString("nl-NL")} tekens.`) }))
    .refine((answers) => Object.keys(answers).length <= 50, "Te veel onderwerpen."),
  /** An uploaded document (POST /api/documenten) of the own organisation; "" for none. */
  attachmentId: z.union([id, z.literal("")]),
});

export const saveWrittenPlanSchema = writtenPlanContentSchema;

export const submitWrittenPlanSchema = writtenPlanContentSchema.extend({
  idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
});

export type WrittenPlanContent = z.output<typeof writtenPlanContentSchema>;
export type SubmitWrittenPlanInput = z.output<typeof submitWrittenPlanSchema>;
