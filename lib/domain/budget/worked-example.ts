/**
 * The worked example of issue 5 (figures are examples, not real CAO amounts):
 * one role at € 4.200,00 a month, SBO with 4,5 FTE over five schools, 2026
 * (March–December) and 2027 with a 3,1 % index. Expected results, to the
 * cent: cost per FTE € 91.308,52; SBO € 410.888,34 a full year; 2026
 * € 342.406,95; 2027 € 423.625,88. Used by the tests and usable as demo data.
 */
import type { BudgetInput } from "./types";

export const WORKED_EXAMPLE_INPUT: BudgetInput = {
  roles: [{ name: "Jeugdhulpverlener", monthlySalaryCents: 420_000n, shareBasisPoints: 10_000 }],
  holidayAllowancePct: "8",
  yearEndBonusPct: "8.33",
  socialPremiumPct: "20",
  pensionPremiumPct: "15",
  overheadPct: "12",
  riskSurchargePct: "3",
  clusters: [
    {
      id: "sbo",
      name: "Speciaal Basisonderwijs (SBO)",
      level: "PRIMARY",
      fte: "4.5",
      fteRange: { min: "4", max: "5" },
      schools: [
        { id: "prinsenhof", name: "SBO Prinsenhof", pupilCount: 120 },
        { id: "laurentiusschool", name: "SBO Laurentiusschool", pupilCount: 95 },
        { id: "de-vuurtoren", name: "SBO De Vuurtoren", pupilCount: 130 },
        { id: "het-zwanenbos", name: "IKC Het Zwanenbos", pupilCount: 110 },
        { id: "horizon", name: "SBO Horizon", pupilCount: 100 },
      ],
    },
  ],
  contractYears: [
    { year: 2026, months: 10, indexPct: null },
    { year: 2027, months: 12, indexPct: "3.1" },
  ],
};
