import { z } from "zod";
import { isValidLocalDate } from "@/lib/domain/local-time";
import { AGREEMENT_TYPES, OPT_OUT_SCOPES } from "@/lib/domain/opt-out";

const id = z.string().min(1).max(40);
const segmentIds = z.array(id).max(20, "Kies maximaal 20 segmenten.");
const person = (what: string) =>
  z.string().trim().min(2, `Vul de ${what} van de ondertekenaar in.`).max(200, "Maximaal 200 tekens.");

export const submitOptOutSchema = z
  .object({
    scope: z.enum(OPT_OUT_SCOPES, "Kies wat u opzegt: de gehele overeenkomst of alleen bepaalde segmenten."),
    segmentIds,
    noticeOn: z
      .string()
      .trim()
      .min(1, "Vul de datum van de opzegging in.")
      .max(10, "Gebruik het formaat dd-mm-jjjj.")
      .refine(isValidLocalDate, "Vul een bestaande datum in."),
    signatoryName: person("naam"),
    signatoryFunction: person("functie"),
    /** The current notice the user saw and now replaces ("" for the first): guards against replacing a colleague's newer notice unseen. */
    replacesNoticeId: z.union([id, z.literal("")]),
    idempotencyKey: z.uuid("Laad de pagina opnieuw en probeer het nog eens."),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "SEGMENTS" && value.segmentIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["segmentIds"], message: "Kies ten minste één segment dat u opzegt." });
    }
  });

export type SubmitOptOutInput = z.input<typeof submitOptOutSchema>;

export const recordContractSegmentsSchema = z.object({
  agreementType: z.enum(AGREEMENT_TYPES, "Kies het soort overeenkomst."),
  segmentIds: segmentIds.min(1, "Kies ten minste één segment van uw overeenkomst."),
});

export type RecordContractSegmentsInput = z.input<typeof recordContractSegmentsSchema>;

/** Staff record the segments for a provider; the organisation is checked on the server. */
export const recordProviderContractSegmentsSchema = recordContractSegmentsSchema.extend({ organisationId: id });

export type RecordProviderContractSegmentsInput = z.input<typeof recordProviderContractSegmentsSchema>;
