/**
 * Inputs of the budget computation (SPEC §5, issue 5). Field names follow the
 * schema (BudgetCalculation, BudgetRole, BudgetClusterFte, BudgetSchoolPupils,
 * ContractYear) so a service maps rows one to one, and validation errors are
 * keyed by the same dotted paths a react-hook-form form uses
 * ("roles.0.shareBasisPoints", "clusters.1.schools.2.pupilCount").
 *
 * Percentages and FTE are decimal strings ("8.33" = 8,33 %, "4.5" fte; a
 * comma is accepted too), money is integer euro cents.
 */
import type { Fraction } from "./decimal";
import type { SchoolLevel } from "./norms";

export interface BudgetRoleInput {
  name: string;
  /** Monthly gross salary (CAO scale amount) in cents. */
  monthlySalaryCents: bigint;
  /** Share of an FTE in basis points; all shares add up to 10000 (= 100 %). */
  shareBasisPoints: number;
}

/** The six percentages, each a decimal string in percent ("8.33"). */
export interface BudgetPercentages {
  holidayAllowancePct: string;
  yearEndBonusPct: string;
  socialPremiumPct: string;
  pensionPremiumPct: string;
  overheadPct: string;
  riskSurchargePct: string;
}

export const PERCENTAGE_FIELDS = [
  "holidayAllowancePct",
  "yearEndBonusPct",
  "socialPremiumPct",
  "pensionPremiumPct",
  "overheadPct",
  "riskSurchargePct",
] as const satisfies readonly (keyof BudgetPercentages)[];

export interface BudgetSchoolInput {
  /** Unique over the whole input; the last tie-break of the apportionment. */
  id: string;
  name: string;
  pupilCount: number;
}

export interface BudgetClusterInput {
  id: string;
  name: string;
  level: SchoolLevel;
  /** FTE deployed in this cluster, decimal string ("4.5"). */
  fte: string;
  /** The seeds' estimate (e.g. 4–5); an FTE outside it needs fteReason. */
  fteRange?: { min: string; max: string } | null;
  fteReason?: string | null;
  schools: BudgetSchoolInput[];
}

export interface ContractYearInput {
  year: number;
  /** Months of the year under contract, 1–12 (2026: March–December = 10). */
  months: number;
  /** Index in percent for every year after the first; absent for the first. */
  indexPct?: string | null;
}

export interface BudgetInput extends BudgetPercentages {
  roles: BudgetRoleInput[];
  clusters: BudgetClusterInput[];
  /** Any order; computed in year order. The first year is the base year. */
  contractYears: ContractYearInput[];
}

/** Plausibility bounds used by validation ("absurd" input). */
export interface BudgetLimits {
  maxPercentage: number;
  maxPercentageDecimals: number;
  maxFte: number;
  maxFteDecimals: number;
  maxMonthlySalaryCents: bigint;
  maxPupilsPerSchool: number;
  minYear: number;
  maxYear: number;
}

/** Decimals match the schema columns: Decimal(7,4) percentages, Decimal(6,2) FTE. */
export const DEFAULT_BUDGET_LIMITS: BudgetLimits = {
  maxPercentage: 100,
  maxPercentageDecimals: 4,
  maxFte: 100,
  maxFteDecimals: 2,
  maxMonthlySalaryCents: 10_000_000n, // € 100.000,00 a month
  maxPupilsPerSchool: 10_000,
  minYear: 2000,
  maxYear: 2100,
};

/** Field path → Dutch message; empty when the input is valid. */
export type BudgetFieldErrors = Record<string, string>;

/** An exact amount of money: a fraction of cents and how it reads in euros. */
export interface ExactMoney {
  exactCents: Fraction;
  /** Exact euros, dot decimal, no grouping: "91308.5151552" (or rounded with "…"). */
  exactEuros: string;
}

/** An exact amount and the whole cents it rounds to (half away from zero). */
export interface RoundedMoney extends ExactMoney {
  cents: bigint;
}
