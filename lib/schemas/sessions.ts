import { z } from "zod";

export const endSessionSchema = z.object({
  sessionId: z.string().trim().min(1, "Kies een sessie.").max(64, "Onbekende sessie."),
});

export type EndSessionInput = z.input<typeof endSessionSchema>;
