import { z } from "zod";
import { isValidLocalDateTime } from "@/lib/domain/local-time";

export const setDemoClockSchema = z.object({
  localDateTime: z
    .string()
    .trim()
    .min(1, "Vul een datum en tijd in.")
    .max(19, "Gebruik het formaat jjjj-mm-ddTuu:mm.")
    .refine(isValidLocalDateTime, "Deze datum en tijd bestaan niet (let op de zomertijdovergang)."),
});

export type SetDemoClockInput = z.input<typeof setDemoClockSchema>;
