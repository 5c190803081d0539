import { z } from "zod";
import { emailField } from "./fields";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";

// Length only here: the check against common passwords runs on the server
// (its word lists are too large for the browser) and returns a field error.
export const setPasswordSchema = z
  .object({
    token: z.string().min(20, "Deze link is ongeldig.").max(100, "Deze link is ongeldig."),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Kies een wachtwoord van minimaal ${PASSWORD_MIN_LENGTH} tekens.`)
      .max(PASSWORD_MAX_LENGTH, `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`),
    passwordConfirm: z.string().max(PASSWORD_MAX_LENGTH, "Dit veld is te lang."),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "De twee wachtwoorden zijn niet gelijk." });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

export const requestPasswordResetSchema = z.object({
  email: emailField,
});

export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;
