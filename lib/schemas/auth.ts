import { z } from "zod";
import { emailField } from "./fields";

// Shared by the login form (zodResolver) and the server (authorize).
export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1024, "Dit wachtwoord is te lang."),
  /** Second step for accounts with two-step verification: app code or recovery code. */
  code: z.string().trim().max(32, "Deze code is te lang.").optional(),
});

export type LoginInput = z.input<typeof loginSchema>;
