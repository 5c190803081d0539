/**
 * A cluster's amount per contract year (issue 5):
 *
 * - Full-year total of the first (base) year = the cluster annual total
 *   (FTE × cost per FTE, already rounded to cents).
 * - Full-year total of every later year = the previous year's FULL-YEAR total
 *   × (1 + that year's index), rounded to cents. "Full-year" means the
 *   12-month level, whether or not the previous year itself was partial: the
 *   index applies to the annual level, never to a pro-rata amount. So after
 *   2026 (10 months) 2027 is 410.888,34 × 1,031 = 423.625,88, not
 *   342.406,95 × 1,031. Each year's full-year total is rounded before the
 *   next index is applied (a chain of cent amounts, as a person would index
 *   a published annual amount by hand), not compounded exactly.
 * - Amount of a year = its full-year total when it has 12 months, else
 *   full-year total × months / 12, rounded to cents (pro rata by whole months).
 *
 * Each year's amount is then apportioned over the schools on its own.
 */
import { roundMoney, wholeMoney } from "./amounts";
import { fraction, fromInteger, mul, onePlus, percent, toDecimalString, type Fraction } from "./decimal";
import type { ContractYearInput, RoundedMoney } from "./types";

export interface ContractYearAmount {
  year: number;
  months: number;
  /** The index as entered ("3.1"), null for the base year. */
  indexPct: string | null;
  /** 1 + index as an exact decimal string ("1.031"), null for the base year. */
  indexFactor: string | null;
  /** 12-month level of this year, rounded to cents. */
  fullYear: RoundedMoney;
  /** Whether this year has fewer than 12 months. */
  proRata: boolean;
  /** The amount for the months under contract, rounded to cents. */
  amount: RoundedMoney;
}

/** Contract years sorted by year (a copy). */
export function sortContractYears(years: readonly ContractYearInput[]): ContractYearInput[] {
  return [...years].sort((a, b) => a.year - b.year);
}

/**
 * Amounts per contract year from a cluster's annual total in cents. Expects
 * validated years (consecutive, months 1–12, an index for every later year).
 */
export function computeContractYearAmounts(
  annualTotalCents: bigint,
  years: readonly ContractYearInput[],
): ContractYearAmount[] {
  const result: ContractYearAmount[] = [];
  let previousFullYear: bigint | null = null;
  for (const y of sortContractYears(years)) {
    let fullYear: RoundedMoney;
    let factor: Fraction | null = null;
    if (previousFullYear === null) {
      fullYear = wholeMoney(annualTotalCents);
    } else {
      if (y.indexPct === undefined || y.indexPct === null) {
        throw new RangeError(`Contract year ${y.year} has no index`);
      }
      factor = onePlus(percent(y.indexPct));
      fullYear = roundMoney(mul(fromInteger(previousFullYear), factor));
    }
    const proRata = y.months !== 12;
    const amount = proRata
      ? roundMoney(mul(fromInteger(fullYear.cents), fraction(BigInt(y.months), 12n)))
      : fullYear;
    result.push({
      year: y.year,
      months: y.months,
      indexPct: factor === null ? null : (y.indexPct ?? null),
      indexFactor: factor === null ? null : toDecimalString(factor),
      fullYear,
      proRata,
      amount,
    });
    previousFullYear = fullYear.cents;
  }
  return result;
}
