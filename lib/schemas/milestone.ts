import { z } from "zod";

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in (dd-mm-jjjj).");

export const updateMilestoneSchema = z.object({
  milestoneId: z.string().min(1).max(40),
  opensOn: localDate,
  lastDay: z.union([localDate, z.literal("")]),
  reason: z.string().trim().min(1, "Geef een reden voor de wijziging.").max(1000, "Maximaal 1000 tekens."),
  confirmed: z.boolean(),
});

export type UpdateMilestoneInput = z.input<typeof updateMilestoneSchema>;
