// The budget parameter form (issue 5) and its translation into the budget
// computation's input. Pure, so the browser shows a live breakdown with the
// same code and the same messages the server uses before it saves.
//
// The form is "flat": percentages and FTE as typed decimal strings, money as
// typed text ("4.200,00" or "4200.00"), shares in percent, schools in one list.
// Field errors come back keyed by the form's own paths.

import { computeBudget, validateBudgetInput, type BudgetBreakdown, type BudgetInput, type SchoolLevel } from "./budget";
import { parseMoney } from "./money";

/** What the procedure contributes: clusters with their schools (read-only in the form). */
export interface BudgetStructure {
  clusters: {
    id: string;
    name: string;
    level: SchoolLevel;
    fteMin: string;
    fteMax: string;
    schools: { id: string; name: string }[];
  }[];
}

export interface BudgetFormValues {
  baseYear: number;
  note: string;
  roles: { name: string; monthlySalary: string; sharePct: string }[];
  holidayAllowancePct: string;
  yearEndBonusPct: string;
  socialPremiumPct: string;
  pensionPremiumPct: string;
  overheadPct: string;
  riskSurchargePct: string;
  clusters: { clusterId: string; fte: string; fteReason: string }[];
  schools: { schoolId: string; pupilCount: string; countedOn: string }[];
  contractYears: { year: number; months: number; indexPct: string }[];
}

export type FormErrors = Record<string, string>;

export type FormResult =
  | { ok: true; input: BudgetInput; pupils: Map<string, { pupilCount: number; countedOn: string }> }
  | { ok: false; errors: FormErrors };

const PERCENT_FIELDS = ["holidayAllowancePct", "yearEndBonusPct", "socialPremiumPct", "pensionPremiumPct", "overheadPct", "riskSurchargePct"] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "60" or "60,5" percent of an FTE → basis points (6000, 6050); null if not a number with ≤ 2 decimals. */
export function sharePctToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

export function basisPointsToSharePct(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** Translates the form into the computation input; every problem keyed by form path. */
export function formToBudgetInput(values: BudgetFormValues, structure: BudgetStructure): FormResult {
  const errors: FormErrors = {};
  const roles = values.roles.map((role, i) => {
    const money = parseMoney(role.monthlySalary);
    if (!money.ok) errors[`roles.${i}.monthlySalary`] = money.message;
    const share = sharePctToBasisPoints(role.sharePct);
    if (share === null) errors[`roles.${i}.sharePct`] = "Vul een percentage in, bijvoorbeeld 60 of 60,5.";
    return { name: role.name.trim(), monthlySalaryCents: money.ok ? money.cents : 0n, shareBasisPoints: share ?? 0 };
  });

  const pupils = new Map<string, { pupilCount: number; countedOn: string }>();
  values.schools.forEach((s, i) => {
    const count = /^\d{1,6}$/.test(s.pupilCount.trim()) ? Number(s.pupilCount.trim()) : null;
    if (count === null) errors[`schools.${i}.pupilCount`] = "Vul het aantal leerlingen in als geheel getal.";
    if (!DATE.test(s.countedOn)) errors[`schools.${i}.countedOn`] = "Vul de peildatum van de telling in.";
    pupils.set(s.schoolId, { pupilCount: count ?? 0, countedOn: s.countedOn });
  });

  const clusters = structure.clusters.map((c) => {
    const entry = values.clusters.find((v) => v.clusterId === c.id);
    return {
      id: c.id,
      name: c.name,
      level: c.level,
      fte: entry?.fte.trim() ?? "",
      fteRange: { min: c.fteMin, max: c.fteMax },
      fteReason: entry?.fteReason.trim() || null,
      schools: c.schools.map((s) => ({ id: s.id, name: s.name, pupilCount: pupils.get(s.id)?.pupilCount ?? 0 })),
    };
  });

  const input: BudgetInput = {
    roles,
    ...Object.fromEntries(PERCENT_FIELDS.map((f) => [f, values[f].trim()])) as Pick<BudgetInput, (typeof PERCENT_FIELDS)[number]>,
    clusters,
    contractYears: values.contractYears.map((y, i) => ({ year: y.year, months: y.months, indexPct: i === 0 ? null : y.indexPct.trim() || null })),
  };

  for (const [path, message] of Object.entries(validateBudgetInput(input))) {
    const formPath = toFormPath(path, values, structure);
    errors[formPath] ??= message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input, pupils };
}

/** Maps a path of the computation input to the path of the same field in the form. */
function toFormPath(path: string, values: BudgetFormValues, structure: BudgetStructure): string {
  const role = /^roles\.(\d+)\.shareBasisPoints$/.exec(path);
  if (role) return `roles.${role[1]}.sharePct`;
  const salary = /^roles\.(\d+)\.monthlySalaryCents$/.exec(path);
  if (salary) return `roles.${salary[1]}.monthlySalary`;
  const school = /^clusters\.(\d+)\.schools\.(\d+)\.pupilCount$/.exec(path);
  if (school) {
    const id = structure.clusters[Number(school[1])]?.schools[Number(school[2])]?.id;
    const index = values.schools.findIndex((s) => s.schoolId === id);
    return index >= 0 ? `schools.${index}.pupilCount` : "schools";
  }
  const cluster = /^clusters\.(\d+)\.(fte|fteReason|schools|fteRange|id)$/.exec(path);
  if (cluster) {
    const id = structure.clusters[Number(cluster[1])]?.id;
    const index = values.clusters.findIndex((c) => c.clusterId === id);
    if (cluster[2] === "schools") return "schools";
    return `clusters.${index}.${cluster[2] === "fteReason" ? "fteReason" : "fte"}`;
  }
  return path;
}

/** The live breakdown for the form, or the errors that stand in its way. */
export function computeFromForm(values: BudgetFormValues, structure: BudgetStructure): { breakdown: BudgetBreakdown } | { errors: FormErrors } {
  const result = formToBudgetInput(values, structure);
  if (!result.ok) return { errors: result.errors };
  return { breakdown: computeBudget(result.input) };
}
