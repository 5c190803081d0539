/**
 * The budget computation of SPEC §5 / issue 5, as one pure function that
 * returns every intermediate a staff member needs to check it by hand.
 *
 * Money is rounded in exactly these four places, each time to whole cents,
 * half away from zero: cost per FTE; cluster annual total (FTE × rounded cost per FTE); each
 * later year's full-year total (previous full-year total × (1 + index)); a
 * partial year's amount (full-year total × months / 12). School amounts are
 * then apportioned in cents by largest remainder, so they always add up to
 * the cluster amount of that year.
 */
import { apportionLargestRemainder } from "./apportion";
import { exactMoney, roundMoney } from "./amounts";
import { computeContractYearAmounts, type ContractYearAmount } from "./contract-years";
import { computeCostPerFte, type CostPerFteBreakdown } from "./cost-per-fte";
import { compare, decimal, exactDecimal, fraction, fromInteger, mul, type ExactDecimal } from "./decimal";
import { DomainError } from "../errors";
import {
  compareWithNorms,
  DEFAULT_BUDGET_NORMS,
  impliedFte,
  type BudgetNorms,
  type SchoolLevel,
  type StaffingComparison,
} from "./norms";
import type { BudgetInput, BudgetLimits, ExactMoney, RoundedMoney } from "./types";
import { validateBudgetInput } from "./validate";

export interface SchoolAmountBreakdown {
  id: string;
  name: string;
  pupils: number;
  /** pupils / cluster pupils. */
  share: ExactDecimal;
  /** Cluster amount of the year × share, exact. */
  exact: ExactMoney;
  floorCents: bigint;
  /** exact − floor, in cents (0 ≤ r < 1): what the largest-remainder ranking used. */
  remainderCents: ExactDecimal;
  /** 1-based place in the ranking for the left-over cents. */
  remainderRank: number;
  /** Whether the school received one of the left-over cents. */
  extraCent: boolean;
  /** The school's fixed amount for the year. */
  cents: bigint;
}

export interface ClusterYearBreakdown extends ContractYearAmount {
  /** amount / cluster pupils, exact (not used for the apportionment, which is in cents). */
  perPupil: ExactMoney;
  schools: SchoolAmountBreakdown[];
}

export interface SchoolNorms {
  id: string;
  name: string;
  pupils: number;
  /** norms.fte is the implied FTE: cluster FTE × pupils / cluster pupils. */
  norms: StaffingComparison;
}

export interface ClusterBreakdown {
  id: string;
  name: string;
  level: SchoolLevel;
  fte: ExactDecimal;
  /** Outside the seeds' estimate (then a reason was required). */
  fteOutsideRange: boolean;
  fteReason: string | null;
  pupils: number;
  /** FTE × cost per FTE (rounded), rounded to cents. */
  annualTotal: RoundedMoney;
  /** annualTotal / pupils, exact. */
  perPupil: ExactMoney;
  norms: StaffingComparison;
  schools: SchoolNorms[];
  /** In year order. */
  years: ClusterYearBreakdown[];
}

export interface BudgetYearTotal {
  year: number;
  months: number;
  indexPct: string | null;
  /** Σ cluster amounts of the year. */
  totalCents: bigint;
}

/** One row per school and year: what publication freezes (BudgetSchoolAmount). */
export interface SchoolYearAmount {
  clusterId: string;
  schoolId: string;
  year: number;
  cents: bigint;
}

export interface BudgetBreakdown extends CostPerFteBreakdown {
  clusters: ClusterBreakdown[];
  years: BudgetYearTotal[];
  schoolAmounts: SchoolYearAmount[];
  norms: BudgetNorms;
}

export interface ComputeBudgetOptions {
  norms?: BudgetNorms;
  limits?: BudgetLimits;
}

const SHARE_DIGITS = { maxDecimals: 10 } as const;

function apportionYear(
  year: ContractYearAmount,
  schools: BudgetInput["clusters"][number]["schools"],
  clusterPupils: number,
): ClusterYearBreakdown {
  const parts = apportionLargestRemainder(
    year.amount.cents,
    schools.map((s) => ({ id: s.id, name: s.name, weight: s.pupilCount })),
  );
  return {
    ...year,
    perPupil: exactMoney(fraction(year.amount.cents, BigInt(clusterPupils))),
    schools: parts.map((p) => ({
      id: p.id,
      name: p.name,
      pupils: p.weight,
      share: exactDecimal(fraction(BigInt(p.weight), BigInt(clusterPupils)), SHARE_DIGITS),
      exact: exactMoney(p.exactCents),
      floorCents: p.floorCents,
      remainderCents: exactDecimal(p.remainderCents, SHARE_DIGITS),
      remainderRank: p.remainderRank,
      extraCent: p.extraCent,
      cents: p.cents,
    })),
  };
}

/**
 * Computes the whole budget. Throws DomainError("VALIDATION") with the field
 * errors of validateBudgetInput when the input is not valid.
 */
export function computeBudget(input: BudgetInput, options: ComputeBudgetOptions = {}): BudgetBreakdown {
  const norms = options.norms ?? DEFAULT_BUDGET_NORMS;
  const fieldErrors = validateBudgetInput(input, { limits: options.limits, norms });
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("VALIDATION", undefined, fieldErrors);

  const cost = computeCostPerFte(input.roles, input);
  const clusters = input.clusters.map((cluster): ClusterBreakdown => {
    const fte = decimal(cluster.fte);
    const pupils = cluster.schools.reduce((acc, s) => acc + s.pupilCount, 0);
    const annualTotal = roundMoney(mul(fte, fromInteger(cost.costPerFte.cents)));
    const range = cluster.fteRange;
    const outside =
      !!range && (compare(fte, decimal(range.min)) < 0 || compare(fte, decimal(range.max)) > 0);
    return {
      id: cluster.id,
      name: cluster.name,
      level: cluster.level,
      fte: exactDecimal(fte),
      fteOutsideRange: outside,
      fteReason: cluster.fteReason?.trim() || null,
      pupils,
      annualTotal,
      perPupil: exactMoney(fraction(annualTotal.cents, BigInt(pupils))),
      norms: compareWithNorms(fte, pupils, cluster.level, norms),
      schools: cluster.schools.map((s) => ({
        id: s.id,
        name: s.name,
        pupils: s.pupilCount,
        norms: compareWithNorms(impliedFte(fte, s.pupilCount, pupils), s.pupilCount, cluster.level, norms),
      })),
      years: computeContractYearAmounts(annualTotal.cents, input.contractYears).map((year) =>
        apportionYear(year, cluster.schools, pupils),
      ),
    };
  });

  const years = (clusters[0]?.years ?? []).map((y, k) => ({
    year: y.year,
    months: y.months,
    indexPct: y.indexPct,
    totalCents: clusters.reduce((acc, c) => acc + (c.years[k]?.amount.cents ?? 0n), 0n),
  }));
  const schoolAmounts = clusters.flatMap((c) =>
    c.years.flatMap((y) => y.schools.map((s) => ({ clusterId: c.id, schoolId: s.id, year: y.year, cents: s.cents }))),
  );
  return { ...cost, clusters, years, schoolAmounts, norms };
}
