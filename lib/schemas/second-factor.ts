import { z } from "zod";
import { emailField } from "./fields";

export const secondFactorCodeSchema = z.object({
  code: z.string().trim().min(1, "Vul de code uit uw app in.").max(32, "Deze code is te lang."),
});

export const resetSecondFactorSchema = z.object({
  userId: z.string().min(1).max(64),
});

export const demoSecondFactorSchema = z.object({ email: emailField });
