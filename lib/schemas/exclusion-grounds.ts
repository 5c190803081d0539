import { z } from "zod";

// Staff replace the example exclusion grounds by the text of Bijlage 2 before
// the admission window opens (lib/server/services/exclusion-grounds.ts).

export const EXCLUSION_GROUND_TEXT = { min: 20, max: 1500 } as const;
export const EXCLUSION_GROUND_COUNT = { min: 1, max: 20 } as const;

export const saveExclusionGroundsSchema = z.object({
  grounds: z
    .array(
      z.object({
        /** The ground's id, or "" for a new one. */
        id: z.string().max(40, "Laad de pagina opnieuw en probeer het nog eens."),
        text: z
          .string()
          .trim()
          .min(EXCLUSION_GROUND_TEXT.min, `Schrijf de grond uit zoals de aanbieder die verklaart, in ten minste ${EXCLUSION_GROUND_TEXT.min} tekens.`)
          .max(EXCLUSION_GROUND_TEXT.max, `Een grond is ten hoogste ${EXCLUSION_GROUND_TEXT.max} tekens; splits een langere tekst in twee gronden.`),
      }),
    )
    .min(EXCLUSION_GROUND_COUNT.min, "Er is ten minste één uitsluitingsgrond nodig.")
    .max(EXCLUSION_GROUND_COUNT.max, `Ten hoogste ${EXCLUSION_GROUND_COUNT.max} uitsluitingsgronden.`),
});

export type SaveExclusionGroundsInput = z.input<typeof saveExclusionGroundsSchema>;
