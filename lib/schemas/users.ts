import { z } from "zod";

export const inviteUserSchema = z.object({
  /** Staff choose the organisation; others always invite into their own (this field is ignored for them). */
  organisationId: z.string().max(40).optional(),
  name: z.string().trim().min(2, "Vul de naam in.").max(200, "Maximaal 200 tekens."),
  email: z.string().trim().toLowerCase().min(1, "Vul een e-mailadres in.").max(254, "Dit e-mailadres is te lang.").pipe(z.email("Vul een geldig e-mailadres in.")),
});

export const setActiveSchema = z.object({
  id: z.string().min(1).max(40),
  active: z.boolean(),
});

export type InviteUserInput = z.input<typeof inviteUserSchema>;
