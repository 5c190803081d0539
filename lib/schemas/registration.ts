import { z } from "zod";
import { emailField } from "./fields";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";
import { isValidAgb, isValidKvk, normalisePostalCode } from "@/lib/domain/registration";

const email = emailField;

export const registerProviderSchema = z.object({
  organisationName: z.string().trim().min(2, "Vul de naam van uw organisatie in.").max(200, "Maximaal 200 tekens."),
  kvkNumber: z.string().trim().refine(isValidKvk, "Een KvK-nummer bestaat uit precies 8 cijfers."),
  agbCode: z.string().trim().refine((v) => v === "" || isValidAgb(v), "Een AGB-code bestaat uit 8 cijfers (of laat het veld leeg)."),
  street: z.string().trim().min(2, "Vul straat en huisnummer in.").max(200, "Maximaal 200 tekens."),
  postalCode: z.string().trim().max(10, "Vul een postcode in als 1234 AB.").refine((v) => normalisePostalCode(v) !== null, "Vul een postcode in als 1234 AB."),
  city: z.string().trim().min(2, "Vul de plaats in.").max(100, "Maximaal 100 tekens."),
  contactEmail: email,
  name: z.string().trim().min(2, "Vul uw naam in.").max(200, "Maximaal 200 tekens."),
  email,
  password: z.string().min(PASSWORD_MIN_LENGTH, `Kies een wachtwoord van minimaal ${PASSWORD_MIN_LENGTH} tekens.`).max(PASSWORD_MAX_LENGTH, `Hoogstens ${PASSWORD_MAX_LENGTH} tekens.`),
});

export type RegisterProviderInput = z.input<typeof registerProviderSchema>;

export const confirmEmailSchema = z.object({ token: z.string().min(20).max(100) });
