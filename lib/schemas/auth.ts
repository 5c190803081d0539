import { z } from "zod";

// Shared by the login form (zodResolver) and the server (authorize).
export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vul uw e-mailadres in.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.")),
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1024, "Dit wachtwoord is te lang."),
});

export type LoginInput = z.input<typeof loginSchema>;
