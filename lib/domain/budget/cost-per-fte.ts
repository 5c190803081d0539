/**
 * Cost per FTE from the functiemix (issue 5), exact until the one rounding:
 *
 *   annual gross   = monthly × 12 × (1 + holiday % + end-of-year %)
 *   personnel cost = annual gross × (1 + social % + pension %)
 *   overhead       = personnel cost × overhead %
 *   risk           = (personnel cost + overhead) × risk %
 *   role cost      = personnel cost + overhead + risk
 *   weighted cost  = role cost × share
 *   cost per FTE   = Σ weighted cost, rounded once to whole cents
 *                    (half away from zero).
 */
import { exactMoney, roundMoney } from "./amounts";
import { add, exactDecimal, fraction, fromInteger, mul, onePlus, percent, sum, type ExactDecimal } from "./decimal";
import type { BudgetPercentages, BudgetRoleInput, ExactMoney, RoundedMoney } from "./types";

export interface CostFactors {
  /** Each percentage as a fraction: "8.33" → 0.0833. */
  holidayAllowance: ExactDecimal;
  yearEndBonus: ExactDecimal;
  socialPremium: ExactDecimal;
  pensionPremium: ExactDecimal;
  overhead: ExactDecimal;
  riskSurcharge: ExactDecimal;
  /** 1 + holiday + end-of-year, e.g. 1.1633. */
  allowanceFactor: ExactDecimal;
  /** 1 + social + pension, e.g. 1.35. */
  premiumFactor: ExactDecimal;
}

export interface RoleCostBreakdown {
  name: string;
  monthlySalaryCents: bigint;
  shareBasisPoints: number;
  /** shareBasisPoints / 10000, e.g. 0.75. */
  share: ExactDecimal;
  annualGross: ExactMoney;
  personnelCost: ExactMoney;
  overhead: ExactMoney;
  risk: ExactMoney;
  roleCost: ExactMoney;
  /** roleCost × share. */
  weightedCost: ExactMoney;
}

export interface CostPerFteBreakdown {
  factors: CostFactors;
  roles: RoleCostBreakdown[];
  /** Σ weightedCost exactly, and rounded to cents: the only rounding here. */
  costPerFte: RoundedMoney;
}

/** Expects validated input (see validateBudgetInput); throws on unparsable percentages. */
export function computeCostPerFte(
  roles: readonly BudgetRoleInput[],
  percentages: BudgetPercentages,
): CostPerFteBreakdown {
  const holiday = percent(percentages.holidayAllowancePct);
  const yearEnd = percent(percentages.yearEndBonusPct);
  const social = percent(percentages.socialPremiumPct);
  const pension = percent(percentages.pensionPremiumPct);
  const overheadRate = percent(percentages.overheadPct);
  const riskRate = percent(percentages.riskSurchargePct);
  const allowanceFactor = onePlus(add(holiday, yearEnd));
  const premiumFactor = onePlus(add(social, pension));

  const breakdown = roles.map((role) => {
    const annualGross = mul(mul(fromInteger(role.monthlySalaryCents), fromInteger(12)), allowanceFactor);
    const personnelCost = mul(annualGross, premiumFactor);
    const overhead = mul(personnelCost, overheadRate);
    const risk = mul(add(personnelCost, overhead), riskRate);
    const roleCost = sum([personnelCost, overhead, risk]);
    const share = fraction(BigInt(role.shareBasisPoints), 10_000n);
    const weightedCost = mul(roleCost, share);
    return {
      weightedCost,
      row: {
        name: role.name,
        monthlySalaryCents: role.monthlySalaryCents,
        shareBasisPoints: role.shareBasisPoints,
        share: exactDecimal(share),
        annualGross: exactMoney(annualGross),
        personnelCost: exactMoney(personnelCost),
        overhead: exactMoney(overhead),
        risk: exactMoney(risk),
        roleCost: exactMoney(roleCost),
        weightedCost: exactMoney(weightedCost),
      },
    };
  });

  return {
    factors: {
      holidayAllowance: exactDecimal(holiday),
      yearEndBonus: exactDecimal(yearEnd),
      socialPremium: exactDecimal(social),
      pensionPremium: exactDecimal(pension),
      overhead: exactDecimal(overheadRate),
      riskSurcharge: exactDecimal(riskRate),
      allowanceFactor: exactDecimal(allowanceFactor),
      premiumFactor: exactDecimal(premiumFactor),
    },
    roles: breakdown.map((b) => b.row),
    costPerFte: roundMoney(sum(breakdown.map((b) => b.weightedCost))),
  };
}
