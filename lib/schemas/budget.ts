import { z } from "zod";

// The shape of the budget form (lib/domain/budget-form.ts). Only types and
// sizes here; the meaning (money, percentages, shares, pupils) is checked by
// formToBudgetInput, with the same messages on the client and the server.

const text = (max: number) => z.string().max(max, `Maximaal ${max} tekens.`);
const decimalText = text(20);

export const budgetFormSchema = z.object({
  baseYear: z.number().int().min(2000).max(2100),
  note: text(2000),
  roles: z
    .array(z.object({ name: text(200).trim().min(1, "Geef de functie een naam."), monthlySalary: decimalText, sharePct: decimalText }))
    .min(1, "Voeg ten minste één functie toe.")
    .max(20, "Maximaal 20 functies."),
  holidayAllowancePct: decimalText,
  yearEndBonusPct: decimalText,
  socialPremiumPct: decimalText,
  pensionPremiumPct: decimalText,
  overheadPct: decimalText,
  riskSurchargePct: decimalText,
  clusters: z.array(z.object({ clusterId: text(40), fte: decimalText, fteReason: text(2000) })).max(50),
  schools: z.array(z.object({ schoolId: text(40), pupilCount: decimalText, countedOn: text(10) })).max(500),
  contractYears: z
    .array(z.object({ year: z.number().int().min(2000).max(2100), months: z.number().int().min(1, "Minimaal 1 maand.").max(12, "Maximaal 12 maanden."), indexPct: decimalText }))
    .min(1, "Voeg ten minste één contractjaar toe.")
    .max(20),
});

export type BudgetFormInput = z.infer<typeof budgetFormSchema>;

export const budgetVersionRefSchema = z.object({ calculationId: z.string().min(1).max(40) });
