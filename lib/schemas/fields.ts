import { z } from "zod";

/** An e-mail address as people type it: trimmed, lower-cased, with Dutch messages. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Vul een e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl."));
