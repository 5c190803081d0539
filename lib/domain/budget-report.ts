// How budget figures read for people (issue 5): Dutch decimal notation for the
// exact values of the breakdown, Dutch labels for the parameters, and the
// parameters of a version as rows that pages, the comparison and the exports
// all show the same way. Pure: no framework, database or clock.

import { div, fromInteger, mul, toDecimalString, type Fraction } from "./budget";
import type { BudgetFormValues, BudgetStructure } from "./budget-form";
import { formatLocalDate } from "./format";
import { isValidLocalDate } from "./local-time";
import { formatMoney, parseMoney } from "./money";

export const PERCENTAGE_LABELS = {
  holidayAllowancePct: "Vakantiegeld",
  yearEndBonusPct: "Eindejaarsuitkering",
  socialPremiumPct: "Sociale werkgeverslasten",
  pensionPremiumPct: "Werkgeversdeel pensioenpremie",
  overheadPct: "Overhead",
  riskSurchargePct: "Risico-opslag",
} as const;

export type PercentageField = keyof typeof PERCENTAGE_LABELS;
export const PERCENTAGE_FIELD_ORDER = Object.keys(PERCENTAGE_LABELS) as PercentageField[];

const GROUPED = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A plain decimal ("91308.5151552", "-0.25", "0.2162…") in Dutch notation:
 * "91.308,5151552". Digits after the separator are never grouped; a trailing
 * "…" (a rounded, non-terminating value) is kept. Anything else is returned as is.
 */
export function nlDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(…?)$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", decimals, ellipsis = ""] = match;
  return `${sign}${whole.replace(GROUPED, ".")}${decimals ? `,${decimals}` : ""}${ellipsis}`;
}

/** Exact euros ("91308.5151552") as "€ 91.308,5151552"; negative as "-€ 12,00". */
export function nlEuros(exactEuros: string): string {
  const negative = exactEuros.startsWith("-");
  return `${negative ? "-" : ""}€ ${nlDecimal(negative ? exactEuros.slice(1) : exactEuros)}`;
}

/**
 * An exact amount of cents as euros with at most `maxDecimals` decimals:
 * "€ 44.839,00536…" (rounded and marked) or "€ 57.067,825" (exact). For wide
 * tables; the full expansion is in ExactMoney.exactEuros.
 */
export function nlEurosShort(exactCents: Fraction, maxDecimals = 5): string {
  return nlEuros(toDecimalString(div(exactCents, fromInteger(100)), { minDecimals: 2, maxDecimals }));
}

/** A percentage as typed ("8.33", "8,33") → "8,33 %". */
export function nlPercentText(text: string): string {
  return `${text.trim().replace(".", ",")} %`;
}

/** A fraction as a percentage: 1.0345 → "103,45 %" (rounded to `decimals`, marked "…" when not exact). */
export function fractionAsPercent(value: Fraction, decimals = 2): string {
  return `${nlDecimal(toDecimalString(mul(value, fromInteger(100)), { maxDecimals: decimals }))} %`;
}

/** A fraction in Dutch notation, at most `decimals` digits ("…" when rounded). */
export function nlFraction(value: Fraction, decimals = 4): string {
  return nlDecimal(toDecimalString(value, { maxDecimals: decimals }));
}

/** "2025-10-01" → "1 oktober 2025"; anything that is not a date stays as typed. */
export function formatLocalDateText(text: string): string {
  return isValidLocalDate(text) ? formatLocalDate(text) : text || "—";
}

/** A typed amount ("4200.00") → "€ 4.200,00"; as typed when it does not parse. */
export function formatMoneyText(text: string): string {
  const parsed = parseMoney(text);
  return parsed.ok ? formatMoney(parsed.cents) : text || "—";
}

/** "4.00" / "4,5" → "4" / "4,5". */
export function formatFteText(text: string): string {
  const t = text.trim().replace(",", ".");
  const trimmed = t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t;
  return trimmed.replace(".", ",");
}

/** The seeds' estimate of a cluster: "4–5" or "0,5". */
export function fteRangeText(min: string, max: string): string {
  const a = formatFteText(min);
  const b = formatFteText(max);
  return a === b ? a : `${a}–${b}`;
}

export interface ParameterRow {
  /** Stable across versions, so two versions can be compared row by row. */
  key: string;
  group: string;
  label: string;
  value: string;
}

/** Every parameter of a version, as it reads; used by the version page, the comparison and the exports. */
export function budgetParameterRows(values: BudgetFormValues, structure: BudgetStructure): ParameterRow[] {
  const rows: ParameterRow[] = [];
  for (const role of values.roles) {
    rows.push({
      key: `role:${role.name.trim().toLowerCase()}`,
      group: "Functiemix",
      label: role.name.trim() || "(zonder naam)",
      value: `${formatMoneyText(role.monthlySalary)} per maand, ${nlPercentText(role.sharePct)} van een fte`,
    });
  }
  for (const field of PERCENTAGE_FIELD_ORDER) {
    rows.push({ key: field, group: "Opslagen", label: PERCENTAGE_LABELS[field], value: nlPercentText(values[field]) });
  }
  for (const cluster of structure.clusters) {
    const entry = values.clusters.find((c) => c.clusterId === cluster.id);
    const reason = entry?.fteReason.trim();
    rows.push({
      key: `fte:${cluster.id}`,
      group: "Fte per cluster",
      label: cluster.name,
      value: `${entry ? formatFteText(entry.fte) : "—"} fte (schatting ${fteRangeText(cluster.fteMin, cluster.fteMax)} fte)${reason ? `; reden: ${reason}` : ""}`,
    });
  }
  for (const cluster of structure.clusters) {
    for (const school of cluster.schools) {
      const entry = values.schools.find((s) => s.schoolId === school.id);
      rows.push({
        key: `pupils:${school.id}`,
        group: `Leerlingen ${cluster.name}`,
        label: school.name,
        value: entry ? `${entry.pupilCount} (peildatum ${formatLocalDateText(entry.countedOn)})` : "—",
      });
    }
  }
  values.contractYears.forEach((year, i) => {
    const months = `${year.months} ${year.months === 1 ? "maand" : "maanden"}`;
    rows.push({
      key: `year:${year.year}`,
      group: "Contractjaren",
      label: String(year.year),
      value: i === 0 ? `${months} (basisjaar)` : `${months}, index ${nlPercentText(year.indexPct)}`,
    });
  });
  rows.push({ key: "note", group: "Toelichting", label: "Toelichting", value: values.note.trim() || "—" });
  return rows;
}
