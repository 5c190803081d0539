/**
 * Validation of the budget parameters: a pure function returning Dutch
 * messages keyed by field path, so a form shows each under its field and the
 * server refuses to save. An empty object means the input can be computed.
 */
import { formatMoney } from "../money";
import { compare, fromInteger, parseDecimal, toDecimalString, type Fraction } from "./decimal";
import type { BudgetNorms } from "./norms";
import {
  DEFAULT_BUDGET_LIMITS,
  PERCENTAGE_FIELDS,
  type BudgetClusterInput,
  type BudgetFieldErrors,
  type BudgetInput,
  type BudgetLimits,
  type ContractYearInput,
} from "./types";

/** "4.5" → "4,5" for messages. */
function nl(value: Fraction): string {
  return toDecimalString(value, { maxDecimals: 4 }).replace(".", ",");
}

function bpAsPercent(bp: number): string {
  return `${toDecimalString({ num: BigInt(bp), den: 100n }, { minDecimals: 2 }).replace(".", ",")} %`;
}

interface DecimalRule {
  label: string;
  example: string;
  max: number;
  /** Appended to the maximum in the message: " %" or " fte". */
  unit: string;
  maxDecimals: number;
  /** Zero allowed (percentages) or not (FTE). */
  allowZero: boolean;
}

/** The message for a decimal field, or null when it is fine. */
function checkDecimal(text: string | null | undefined, rule: DecimalRule): string | null {
  const parsed = typeof text === "string" ? parseDecimal(text) : null;
  if (!parsed) return `Vul ${rule.label} in, bijvoorbeeld ${rule.example}.`;
  if (parsed.value.num < 0n) return "Een negatieve waarde is hier niet toegestaan.";
  if (parsed.value.num === 0n && !rule.allowZero) return "De waarde moet groter zijn dan 0.";
  if (compare(parsed.value, fromInteger(rule.max)) > 0) {
    return `Deze waarde is onwaarschijnlijk hoog; het maximum is ${rule.max}${rule.unit}.`;
  }
  if (parsed.decimals > rule.maxDecimals) return `Gebruik maximaal ${rule.maxDecimals} cijfers achter de komma.`;
  return null;
}

function percentRule(limits: BudgetLimits): DecimalRule {
  return {
    label: "een percentage",
    example: "8,33",
    max: limits.maxPercentage,
    unit: " %",
    maxDecimals: limits.maxPercentageDecimals,
    allowZero: true,
  };
}

function validateRoles(input: BudgetInput, limits: BudgetLimits, errors: BudgetFieldErrors): void {
  if (input.roles.length === 0) {
    errors.roles = "Voeg ten minste één functie toe aan de functiemix.";
    return;
  }
  const names = new Set<string>();
  let total = 0;
  input.roles.forEach((role, i) => {
    const name = role.name.trim();
    if (name === "") errors[`roles.${i}.name`] = "Vul de naam van de functie in.";
    else if (names.has(name.toLowerCase())) errors[`roles.${i}.name`] = "Deze functie staat al in de functiemix.";
    names.add(name.toLowerCase());
    if (role.monthlySalaryCents <= 0n) {
      errors[`roles.${i}.monthlySalaryCents`] = "Vul een maandsalaris groter dan € 0,00 in.";
    } else if (role.monthlySalaryCents > limits.maxMonthlySalaryCents) {
      errors[`roles.${i}.monthlySalaryCents`] =
        `Dit maandsalaris is onwaarschijnlijk hoog; het maximum is ${formatMoney(limits.maxMonthlySalaryCents)}.`;
    }
    const bp = role.shareBasisPoints;
    if (!Number.isInteger(bp) || bp <= 0 || bp > 10_000) {
      errors[`roles.${i}.shareBasisPoints`] = "Vul een aandeel groter dan 0 % en hoogstens 100 % in (maximaal 2 decimalen).";
    } else {
      total += bp;
    }
  });
  const allSharesValid = input.roles.every((_, i) => !errors[`roles.${i}.shareBasisPoints`]);
  if (allSharesValid && total !== 10_000) {
    errors.roles = `De aandelen in de functiemix moeten samen 100 % zijn; nu is het ${bpAsPercent(total)}.`;
  }
}

function validateCluster(
  cluster: BudgetClusterInput,
  i: number,
  limits: BudgetLimits,
  seenSchools: Set<string>,
  errors: BudgetFieldErrors,
): void {
  const at = `clusters.${i}`;
  const fteError = checkDecimal(cluster.fte, {
    label: "het aantal fte",
    example: "4,5",
    max: limits.maxFte,
    unit: " fte",
    maxDecimals: limits.maxFteDecimals,
    allowZero: false,
  });
  if (fteError) errors[`${at}.fte`] = fteError;
  const fte = parseDecimal(cluster.fte)?.value;
  const min = cluster.fteRange ? parseDecimal(cluster.fteRange.min)?.value : undefined;
  const max = cluster.fteRange ? parseDecimal(cluster.fteRange.max)?.value : undefined;
  if (cluster.fteRange && (!min || !max || compare(min, max) > 0)) {
    errors[`${at}.fteRange`] = "De geschatte bandbreedte van het aantal fte is ongeldig.";
  } else if (!fteError && fte && min && max && (compare(fte, min) < 0 || compare(fte, max) > 0)) {
    if (!cluster.fteReason?.trim()) {
      errors[`${at}.fteReason`] =
        `Het aantal fte ligt buiten de geschatte bandbreedte van ${nl(min)}–${nl(max)} fte; geef een reden.`;
    }
  }
  if (cluster.schools.length === 0) {
    errors[`${at}.schools`] = "Dit cluster heeft geen scholen; het bedrag kan niet worden verdeeld.";
    return;
  }
  let pupils = 0;
  let countsValid = true;
  cluster.schools.forEach((school, j) => {
    const field = `${at}.schools.${j}`;
    if (seenSchools.has(school.id)) errors[`${field}.id`] = "Deze school staat dubbel in de berekening.";
    seenSchools.add(school.id);
    const n = school.pupilCount;
    if (!Number.isInteger(n) || n < 0) {
      errors[`${field}.pupilCount`] = "Vul een geheel aantal leerlingen in (0 of meer).";
      countsValid = false;
    } else if (n > limits.maxPupilsPerSchool) {
      errors[`${field}.pupilCount`] =
        `Dit aantal leerlingen is onwaarschijnlijk hoog; het maximum is ${limits.maxPupilsPerSchool}.`;
      countsValid = false;
    } else {
      pupils += n;
    }
  });
  if (countsValid && pupils === 0) {
    errors[`${at}.schools`] =
      `Het cluster ${cluster.name} heeft in totaal 0 leerlingen; vul de leerlingaantallen in om het bedrag te verdelen.`;
  }
}

function validateYears(years: readonly ContractYearInput[], limits: BudgetLimits, errors: BudgetFieldErrors): void {
  if (years.length === 0) {
    errors.contractYears = "Voeg ten minste één contractjaar toe.";
    return;
  }
  const order = years.map((y, i) => ({ y, i })).sort((a, b) => a.y.year - b.y.year);
  const first = order[0]?.y.year;
  order.forEach(({ y, i }, k) => {
    const at = `contractYears.${i}`;
    if (!Number.isInteger(y.year) || y.year < limits.minYear || y.year > limits.maxYear) {
      errors[`${at}.year`] = `Vul een jaartal van ${limits.minYear} tot en met ${limits.maxYear} in.`;
    } else if (k > 0 && first !== undefined && y.year !== first + k) {
      errors[`${at}.year`] = `De contractjaren moeten op elkaar aansluiten: verwacht ${first + k}.`;
    }
    if (!Number.isInteger(y.months) || y.months < 1 || y.months > 12) {
      errors[`${at}.months`] = "Vul een aantal maanden van 1 tot en met 12 in.";
    }
    const hasIndex = y.indexPct !== undefined && y.indexPct !== null && y.indexPct.trim() !== "";
    if (k === 0 && hasIndex) {
      errors[`${at}.indexPct`] = "Het eerste contractjaar is het basisjaar en krijgt geen index.";
    } else if (k > 0 && !hasIndex) {
      errors[`${at}.indexPct`] = `Vul het indexpercentage voor ${y.year} in.`;
    } else if (k > 0) {
      const message = checkDecimal(y.indexPct, { ...percentRule(limits), label: "het indexpercentage", example: "3,1" });
      if (message) errors[`${at}.indexPct`] = message;
    }
  });
}

function validateNorms(norms: BudgetNorms, errors: BudgetFieldErrors): void {
  const positive = (n: number) => Number.isSafeInteger(n) && n > 0;
  const message = "Vul een positief geheel getal in.";
  if (!positive(norms.pupilsPerFte)) errors["norms.pupilsPerFte"] = message;
  for (const key of ["weeksPerYear", "daysPerWeek", "hoursPerDay"] as const) {
    if (!positive(norms.presence[key])) errors[`norms.presence.${key}`] = message;
  }
  for (const key of ["primary", "secondary"] as const) {
    const norm = norms.teachingHours[key];
    if (!positive(norm.totalHours)) errors[`norms.teachingHours.${key}.totalHours`] = message;
    if (!positive(norm.years)) errors[`norms.teachingHours.${key}.years`] = message;
  }
}

/** All problems with the input, keyed by field path; {} when valid. */
export function validateBudgetInput(
  input: BudgetInput,
  options: { limits?: BudgetLimits; norms?: BudgetNorms } = {},
): BudgetFieldErrors {
  const limits = options.limits ?? DEFAULT_BUDGET_LIMITS;
  const errors: BudgetFieldErrors = {};
  validateRoles(input, limits, errors);
  for (const field of PERCENTAGE_FIELDS) {
    const message = checkDecimal(input[field], percentRule(limits));
    if (message) errors[field] = message;
  }
  if (input.clusters.length === 0) errors.clusters = "Voeg ten minste één cluster toe.";
  const seenSchools = new Set<string>();
  const seenClusters = new Set<string>();
  input.clusters.forEach((cluster, i) => {
    if (seenClusters.has(cluster.id)) errors[`clusters.${i}.id`] = "Dit cluster staat dubbel in de berekening.";
    seenClusters.add(cluster.id);
    validateCluster(cluster, i, limits, seenSchools, errors);
  });
  validateYears(input.contractYears, limits, errors);
  if (options.norms) validateNorms(options.norms, errors);
  return errors;
}
