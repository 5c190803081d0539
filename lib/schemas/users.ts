import { z } from "zod";
import { emailField } from "./fields";

export const inviteUserSchema = z.object({
  /** Staff choose the organisation; others always invite into their own (this field is ignored for them). */
  organisationId: z.string().max(40).optional(),
  name: z.string().trim().min(2, "Vul de naam in.").max(200, "Maximaal 200 tekens."),
  email: emailField,
});

export const setActiveSchema = z.object({
  id: z.string().min(1).max(40),
  active: z.boolean(),
});

export type InviteUserInput = z.input<typeof inviteUserSchema>;
