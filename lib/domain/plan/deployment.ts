/**
 * The deployment table of the plan of approach (SPEC §7 staff requirements,
 * §9 contract terms): who works at the school, how many hours, at what cost.
 * Pure; the procedure's limits and the published budget are parameters.
 * Errors are Dutch messages keyed by field path, rows by their index in the
 * array (as react-hook-form's useFieldArray names them): "rows.0.hoursPerWeek",
 * "rows.2.skjNumber"; table-level keys "rows" (number of employees),
 * "providers" (a chosen provider without anyone deployed) and "total" (over
 * the fixed annual amount).
 *
 * Rules:
 * - Employees: the number of rows (a vacancy counts: it is a promised
 *   deployment) is at least minEmployees and, when maxEmployees is set, at
 *   most that (Procedure.minEmployeesPerSchool / maxEmployeesPerSchool). A
 *   person appears once per provider (names compared ignoring case and spaces).
 * - Provider: each row belongs to one of the chosen providers, and every
 *   chosen provider deploys at least one row.
 * - SKJ: every named HBO row needs a valid SKJ number (./skj: 9 digits); the
 *   seeds require SKJ registration for the people deployed. A vacancy has no
 *   person yet, so no SKJ number (it is filled in when the post is filled). An
 *   MBO row needs no SKJ number (mbo cannot register) but a given one must be
 *   valid.
 * - Supervision: an MBO row (MBO_SUPERVISED) names an SKJ-registered HBO
 *   colleague of the same provider, either as a row of this table
 *   (supervisorRowId: that row must be a named HBO row with a valid SKJ
 *   number) or by name and SKJ number (supervisorName + supervisorSkjNumber,
 *   the columns of PlanDeployment) for a colleague not deployed here.
 * - Hours per week: a decimal ("7,5" or "7.5"), more than 0, at most
 *   maxHoursPerWeek (default 40), in quarter hours (x,00 / x,25 / x,50 /
 *   x,75): a timetable is planned in quarters, and it fits PlanDeployment's
 *   Decimal(5,2).
 * - Cost: fte = hours per week ÷ hoursPerFtePerWeek; cost of a row =
 *   fte × costPerFteCents × contractMonths / 12, exact, then rounded to whole
 *   cents half away from zero (the budget's one rounding rule, roundMoney).
 *   The total is the sum of the rounded rows, so the table adds up exactly as
 *   shown. hoursPerFtePerWeek should be the budget's own FTE definition:
 *   presenceHoursPerWeek(norms) = days per week × hours per day (seeds 5 × 6
 *   = 30), the weekly presence behind the 1200 h a year of one FTE.
 * - Budget: total ≤ fixedAnnualAmountCents, the school's published amount of
 *   the same year; for a partial contract year (2026: 10 months) pass that
 *   year's (pro-rata) amount with contractMonths = 10, so both sides cover the
 *   same months.
 */
import { formatMoney } from "../money";
import {
  div,
  exactDecimal,
  fraction,
  fromInteger,
  mul,
  parseDecimal,
  roundMoney,
  type BudgetNorms,
  type ExactDecimal,
  type Fraction,
  type RoundedMoney,
} from "../budget";
import { SKJ_FORMAT_HINT, normaliseSkjNumber } from "./skj";

/** Mirrors the EducationLevel enum of the schema. */
export type EducationLevel = "HBO" | "MBO_SUPERVISED";

export interface DeploymentRowInput {
  /** PlanDeployment.id, or a client key for a new row; unique in the table. */
  id: string;
  providerId: string;
  /** null or blank: a vacancy. */
  personName: string | null;
  role: string;
  educationLevel: EducationLevel;
  skjNumber?: string | null;
  /** MBO: the supervising row of this table… */
  supervisorRowId?: string | null;
  /** …or a named colleague not deployed here. */
  supervisorName?: string | null;
  supervisorSkjNumber?: string | null;
  /** Decimal string, "7,5" or "7.5". */
  hoursPerWeek: string;
}

export interface DeploymentRules {
  minEmployees: number;
  /** null: no maximum (the seeds say "x"). */
  maxEmployees: number | null;
  /** The school's chosen provider(s). */
  providerIds: readonly string[];
  /** BudgetCalculation.costPerFteCents of the published budget. */
  costPerFteCents: bigint;
  /** Hours per week that make one FTE, decimal string (see presenceHoursPerWeek). */
  hoursPerFtePerWeek: string;
  /** The school's fixed amount for the year (BudgetSchoolAmount.amountCents). */
  fixedAnnualAmountCents: bigint;
  /** Months of the year under contract, 1–12. Default 12. */
  contractMonths?: number;
  /** Default 40. */
  maxHoursPerWeek?: number;
}

export interface DeploymentRowCost {
  rowId: string;
  hoursPerWeek: ExactDecimal;
  fte: ExactDecimal;
  cost: RoundedMoney;
}

export interface ResolvedSupervisor {
  name: string;
  skjNumber: string;
}

export interface DeploymentCheck {
  /** Empty when the table is valid. */
  errors: Record<string, string>;
  /** Rows whose hours are valid, in input order. */
  costs: DeploymentRowCost[];
  /** Σ rounded row costs. */
  totalCents: bigint;
  fixedAnnualAmountCents: bigint;
  /** fixed − total; negative when over. */
  remainingCents: bigint;
  withinBudget: boolean;
  /** MBO rows with a valid supervisor, by row id: what PlanDeployment stores. */
  supervisors: Record<string, ResolvedSupervisor>;
}

export const DEFAULT_MAX_HOURS_PER_WEEK = 40;

/** Weekly presence hours of one FTE in the budget norms: days × hours a day (30). */
export function presenceHoursPerWeek(norms: BudgetNorms): string {
  return String(norms.presence.daysPerWeek * norms.presence.hoursPerDay);
}

function blank(value: string | null | undefined): boolean {
  return typeof value !== "string" || value.trim() === "";
}

function personKey(row: DeploymentRowInput): string {
  return `${row.providerId}\u0000${(row.personName ?? "").trim().replace(/\s+/gu, " ").toLowerCase()}`;
}

function medewerkers(n: number): string {
  return `${n} ${n === 1 ? "medewerker" : "medewerkers"}`;
}

/**
 * The contract term on the number of employees as the plan prints it:
 * "ten minste 2 en ten hoogste 6 medewerkers", or "ten minste 2
 * medewerkers" when the procedure sets no maximum.
 */
export function employeeLimitText(minEmployees: number, maxEmployees: number | null): string {
  if (maxEmployees === null) return `ten minste ${medewerkers(minEmployees)}`;
  return `ten minste ${minEmployees} en ten hoogste ${medewerkers(maxEmployees)}`;
}

/** Parses hours per week; returns the value or a Dutch message. */
export function parseHoursPerWeek(text: string, maxHoursPerWeek = DEFAULT_MAX_HOURS_PER_WEEK): Fraction | string {
  const parsed = typeof text === "string" ? parseDecimal(text) : null;
  if (!parsed) return "Vul het aantal uren per week in, bijvoorbeeld 16 of 7,5.";
  const value = parsed.value;
  if (value.num <= 0n) return "Het aantal uren per week moet groter zijn dan 0.";
  if (value.num > BigInt(maxHoursPerWeek) * value.den) {
    return `Ten hoogste ${maxHoursPerWeek} uur per week per persoon.`;
  }
  if ((value.num * 4n) % value.den !== 0n) {
    return "Gebruik hele uren of kwartieren, bijvoorbeeld 7, 7,25, 7,5 of 7,75.";
  }
  return value;
}

function checkRules(rules: DeploymentRules): { hoursPerFte: Fraction; months: number; maxHours: number } {
  const months = rules.contractMonths ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new RangeError(`checkDeployment: contractMonths must be 1–12: ${months}`);
  }
  const hoursPerFte = parseDecimal(rules.hoursPerFtePerWeek)?.value;
  if (!hoursPerFte || hoursPerFte.num <= 0n) {
    throw new RangeError(`checkDeployment: invalid hoursPerFtePerWeek "${rules.hoursPerFtePerWeek}"`);
  }
  if (rules.costPerFteCents < 0n || rules.fixedAnnualAmountCents < 0n) {
    throw new RangeError("checkDeployment: amounts must not be negative");
  }
  if (!Number.isInteger(rules.minEmployees) || rules.minEmployees < 0) {
    throw new RangeError(`checkDeployment: invalid minEmployees ${rules.minEmployees}`);
  }
  if (rules.maxEmployees !== null && (!Number.isInteger(rules.maxEmployees) || rules.maxEmployees < rules.minEmployees)) {
    throw new RangeError(`checkDeployment: invalid maxEmployees ${rules.maxEmployees}`);
  }
  return { hoursPerFte, months, maxHours: rules.maxHoursPerWeek ?? DEFAULT_MAX_HOURS_PER_WEEK };
}

function checkSupervisor(
  row: DeploymentRowInput,
  i: number,
  rows: readonly DeploymentRowInput[],
  errors: Record<string, string>,
  supervisors: Record<string, ResolvedSupervisor>,
): void {
  const path = `rows.${i}`;
  if (!blank(row.supervisorRowId)) {
    const j = rows.findIndex((r) => r.id === row.supervisorRowId);
    const sup = rows[j];
    const skj = normaliseSkjNumber(sup?.skjNumber);
    if (!sup || j === i) {
      errors[`${path}.supervisorRowId`] = "Kies als begeleider een andere medewerker uit de tabel.";
    } else if (sup.providerId !== row.providerId) {
      errors[`${path}.supervisorRowId`] = "De begeleider moet een collega van dezelfde aanbieder zijn.";
    } else if (sup.educationLevel !== "HBO" || blank(sup.personName) || skj === null) {
      errors[`${path}.supervisorRowId`] =
        `De begeleider (rij ${j + 1}) moet een hbo-medewerker met naam en geldig SKJ-nummer zijn.`;
    } else {
      supervisors[row.id] = { name: (sup.personName ?? "").trim(), skjNumber: skj };
    }
    return;
  }
  if (blank(row.supervisorName) && blank(row.supervisorSkjNumber)) {
    errors[`${path}.supervisorName`] =
      "Een mbo-medewerker werkt onder begeleiding van een SKJ-geregistreerde hbo-collega. " +
      "Kies een begeleider uit de tabel of vul naam en SKJ-nummer van de begeleider in.";
    return;
  }
  if (blank(row.supervisorName)) errors[`${path}.supervisorName`] = "Vul de naam van de begeleider in.";
  const skj = normaliseSkjNumber(row.supervisorSkjNumber);
  if (skj === null) {
    errors[`${path}.supervisorSkjNumber`] = blank(row.supervisorSkjNumber)
      ? "Vul het SKJ-nummer van de begeleider in."
      : `Dit is geen geldig SKJ-nummer. ${SKJ_FORMAT_HINT}`;
  }
  if (!blank(row.supervisorName) && skj !== null) {
    supervisors[row.id] = { name: (row.supervisorName ?? "").trim(), skjNumber: skj };
  }
}

export function checkDeployment(rows: readonly DeploymentRowInput[], rules: DeploymentRules): DeploymentCheck {
  const { hoursPerFte, months, maxHours } = checkRules(rules);
  if (new Set(rows.map((r) => r.id)).size !== rows.length) throw new RangeError("checkDeployment: duplicate row id");
  const errors: Record<string, string> = {};
  const supervisors: Record<string, ResolvedSupervisor> = {};
  const costs: DeploymentRowCost[] = [];
  const chosen = new Set(rules.providerIds);
  const seenPeople = new Map<string, number>();

  rows.forEach((row, i) => {
    const path = `rows.${i}`;
    const vacancy = blank(row.personName);
    if (!chosen.has(row.providerId)) errors[`${path}.providerId`] = "Kies een van de gekozen aanbieders.";
    if (!vacancy) {
      const key = personKey(row);
      const first = seenPeople.get(key);
      if (first !== undefined) errors[`${path}.personName`] = `Deze persoon staat al in rij ${first + 1}.`;
      else seenPeople.set(key, i);
    }
    if (blank(row.role)) errors[`${path}.role`] = "Vul de functie in.";

    const skjGiven = !blank(row.skjNumber);
    if (vacancy && skjGiven) {
      errors[`${path}.skjNumber`] = "Een vacature heeft nog geen SKJ-nummer; vul het in zodra de functie vervuld is.";
    } else if (skjGiven && normaliseSkjNumber(row.skjNumber) === null) {
      errors[`${path}.skjNumber`] = `Dit is geen geldig SKJ-nummer. ${SKJ_FORMAT_HINT}`;
    } else if (!vacancy && row.educationLevel === "HBO" && !skjGiven) {
      errors[`${path}.skjNumber`] = `Een hbo-jeugdprofessional moet SKJ-geregistreerd zijn. ${SKJ_FORMAT_HINT}`;
    }
    if (row.educationLevel === "MBO_SUPERVISED") checkSupervisor(row, i, rows, errors, supervisors);

    const hours = parseHoursPerWeek(row.hoursPerWeek, maxHours);
    if (typeof hours === "string") {
      errors[`${path}.hoursPerWeek`] = hours;
      return;
    }
    const fte = div(hours, hoursPerFte);
    const exactCents = mul(mul(fte, fromInteger(rules.costPerFteCents)), fraction(BigInt(months), 12n));
    costs.push({
      rowId: row.id,
      hoursPerWeek: exactDecimal(hours),
      fte: exactDecimal(fte, { maxDecimals: 4 }),
      cost: roundMoney(exactCents),
    });
  });

  if (rows.length < rules.minEmployees) {
    errors.rows = `Zet ten minste ${medewerkers(rules.minEmployees)} in; nu ${rows.length}.`;
  } else if (rules.maxEmployees !== null && rows.length > rules.maxEmployees) {
    errors.rows = `Zet ten hoogste ${medewerkers(rules.maxEmployees)} in; nu ${rows.length}.`;
  }
  const without = rules.providerIds.filter((p) => !rows.some((r) => r.providerId === p));
  if (without.length > 0 && rows.length > 0) {
    errors.providers = "Elke gekozen aanbieder zet ten minste één medewerker in.";
  }

  const totalCents = costs.reduce((acc, c) => acc + c.cost.cents, 0n);
  const remainingCents = rules.fixedAnnualAmountCents - totalCents;
  if (remainingCents < 0n) {
    errors.total =
      `De inzet kost ${formatMoney(totalCents)}: ${formatMoney(-remainingCents)} boven het vaste jaarbedrag ` +
      `van ${formatMoney(rules.fixedAnnualAmountCents)}. Verminder de uren.`;
  }
  return {
    errors,
    costs,
    totalCents,
    fixedAnnualAmountCents: rules.fixedAnnualAmountCents,
    remainingCents,
    withinBudget: remainingCents >= 0n,
    supervisors,
  };
}
