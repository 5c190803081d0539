/**
 * Productivity norms (SPEC §5, seed): one person present the whole school
 * year, all day parts, at a school of about 100 pupils; teaching-hour norms
 * VMBO 3700 h / 4 years = 925 h/yr and primary 7520 h / 8 years = 940 h/yr;
 * full presence 40 weeks × 5 days × 6 h = 1200 h/yr.
 *
 * The norms are procedure parameters, not constants: callers pass a
 * BudgetNorms object (DEFAULT_BUDGET_NORMS holds the seed values). They only
 * inform — nothing in the money computation depends on them.
 *
 * Definitions used in the comparison:
 * - implied FTE of a school = cluster FTE × school pupils / cluster pupils;
 * - pupils per FTE = pupils / FTE (for a school with implied FTE this equals
 *   the cluster's figure, since implied FTE is proportional to pupils);
 * - norm FTE = pupils / norm pupils per FTE;
 * - hours at school per year = FTE × presence hours per FTE (1200 h);
 * - coverage = hours at school per year / the teaching-hour norm per year of
 *   the cluster's level (1 = someone present during all teaching hours).
 */
import { div, exactDecimal, fraction, fromInteger, mul, type ExactDecimal, type Fraction } from "./decimal";

/** Mirrors the SchoolLevel enum of the schema, without importing Prisma. */
export type SchoolLevel = "PRIMARY" | "SECONDARY" | "PRIMARY_AND_SECONDARY";

export type TeachingNormKey = "primary" | "secondary";

export interface TeachingHoursNorm {
  label: string;
  /** Hours over the whole school career, e.g. 7520. */
  totalHours: number;
  /** Years of that career, e.g. 8. */
  years: number;
}

export interface BudgetNorms {
  /** One person per this many pupils (seed: about 100). */
  pupilsPerFte: number;
  /** Presence of one FTE at school (seed: 40 weeks × 5 days × 6 h = 1200 h). */
  presence: { weeksPerYear: number; daysPerWeek: number; hoursPerDay: number };
  teachingHours: Record<TeachingNormKey, TeachingHoursNorm>;
  /** Which teaching-hour norms apply to a cluster of this level. */
  teachingNormsByLevel: Record<SchoolLevel, readonly TeachingNormKey[]>;
}

export const DEFAULT_BUDGET_NORMS: BudgetNorms = {
  pupilsPerFte: 100,
  presence: { weeksPerYear: 40, daysPerWeek: 5, hoursPerDay: 6 },
  teachingHours: {
    primary: { label: "Primair onderwijs (7520 uur in 8 jaar)", totalHours: 7520, years: 8 },
    secondary: { label: "Vmbo (3700 uur in 4 jaar)", totalHours: 3700, years: 4 },
  },
  teachingNormsByLevel: {
    PRIMARY: ["primary"],
    SECONDARY: ["secondary"],
    PRIMARY_AND_SECONDARY: ["primary", "secondary"],
  },
};

/** Presence hours per FTE per year: weeks × days × hours (1200 by default). */
export function presenceHoursPerFte(norms: BudgetNorms): number {
  const { weeksPerYear, daysPerWeek, hoursPerDay } = norms.presence;
  return weeksPerYear * daysPerWeek * hoursPerDay;
}

/** Teaching hours per year of a norm: totalHours / years (940, 925). */
export function teachingHoursPerYear(norm: TeachingHoursNorm): Fraction {
  return fraction(BigInt(norm.totalHours), BigInt(norm.years));
}

export interface TeachingComparison {
  key: TeachingNormKey;
  label: string;
  normHoursPerYear: ExactDecimal;
  /** hoursAtSchoolPerYear / normHoursPerYear. */
  coverage: ExactDecimal;
}

export interface StaffingComparison {
  pupils: number;
  /** Cluster FTE, or a school's implied FTE. */
  fte: ExactDecimal;
  /** pupils / fte; null when fte is zero (a school without pupils). */
  pupilsPerFte: ExactDecimal | null;
  normPupilsPerFte: number;
  /** pupils / normPupilsPerFte. */
  normFte: ExactDecimal;
  /** fte / normFte (1 = exactly the norm); null without pupils. */
  fteVsNorm: ExactDecimal | null;
  presenceHoursPerFte: number;
  /** fte × presenceHoursPerFte. */
  hoursAtSchoolPerYear: ExactDecimal;
  teaching: TeachingComparison[];
}

const SHOWN = { maxDecimals: 4 } as const;

/** Compares an FTE figure for a number of pupils with the norms. */
export function compareWithNorms(
  fte: Fraction,
  pupils: number,
  level: SchoolLevel,
  norms: BudgetNorms,
): StaffingComparison {
  const pupilsF = fromInteger(pupils);
  const presence = presenceHoursPerFte(norms);
  const hours = mul(fte, fromInteger(presence));
  const normFte = div(pupilsF, fromInteger(norms.pupilsPerFte));
  return {
    pupils,
    fte: exactDecimal(fte, SHOWN),
    pupilsPerFte: fte.num === 0n ? null : exactDecimal(div(pupilsF, fte), SHOWN),
    normPupilsPerFte: norms.pupilsPerFte,
    normFte: exactDecimal(normFte, SHOWN),
    fteVsNorm: pupils === 0 ? null : exactDecimal(div(fte, normFte), SHOWN),
    presenceHoursPerFte: presence,
    hoursAtSchoolPerYear: exactDecimal(hours, { maxDecimals: 2 }),
    teaching: norms.teachingNormsByLevel[level].map((key) => {
      const norm = norms.teachingHours[key];
      const perYear = teachingHoursPerYear(norm);
      return {
        key,
        label: norm.label,
        normHoursPerYear: exactDecimal(perYear, SHOWN),
        coverage: exactDecimal(div(hours, perYear), SHOWN),
      };
    }),
  };
}

/** Implied FTE of a school: clusterFte × schoolPupils / clusterPupils. */
export function impliedFte(clusterFte: Fraction, schoolPupils: number, clusterPupils: number): Fraction {
  return mul(clusterFte, fraction(BigInt(schoolPupils), BigInt(clusterPupils)));
}
