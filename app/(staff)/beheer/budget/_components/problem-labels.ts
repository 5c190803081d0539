import type { BudgetFormValues, BudgetStructure } from "@/lib/domain/budget-form";
import { PERCENTAGE_LABELS, type PercentageField } from "@/lib/domain/budget-report";

// Which field a problem is about, in words, for the summary above the live
// breakdown ("Maandsalaris functie 1", "Leerlingen SBO Horizon").

const ROLE_FIELDS: Record<string, string> = { name: "Naam", monthlySalary: "Maandsalaris", sharePct: "Aandeel" };
const YEAR_FIELDS: Record<string, string> = { year: "Jaartal", months: "Maanden", indexPct: "Index" };

export function problemLabel(path: string, values: BudgetFormValues, structure: BudgetStructure): string {
  if (path in PERCENTAGE_LABELS) return PERCENTAGE_LABELS[path as PercentageField];
  const parts = path.split(".");
  const [group, indexText, field] = parts;
  const i = Number(indexText);
  switch (group) {
    case "roles": {
      if (parts.length === 1) return "Functiemix";
      const name = values.roles[i]?.name.trim();
      return `${ROLE_FIELDS[field ?? ""] ?? "Functie"} functie ${i + 1}${name ? ` (${name})` : ""}`;
    }
    case "clusters": {
      const cluster = structure.clusters.find((c) => c.id === values.clusters[i]?.clusterId);
      return `${field === "fteReason" ? "Reden bij afwijking" : "Aantal fte"} ${cluster?.name ?? ""}`.trim();
    }
    case "schools": {
      if (parts.length === 1) return "Leerlingen per school";
      const id = values.schools[i]?.schoolId;
      const school = structure.clusters.flatMap((c) => c.schools).find((s) => s.id === id);
      return `${field === "countedOn" ? "Peildatum" : "Leerlingen"} ${school?.name ?? ""}`.trim();
    }
    case "contractYears": {
      if (parts.length === 1) return "Contractjaren";
      const year = values.contractYears[i]?.year;
      return `${YEAR_FIELDS[field ?? ""] ?? "Contractjaar"} contractjaar ${Number.isInteger(year) ? year : i + 1}`;
    }
    case "note":
      return "Toelichting";
    default:
      return "Berekening";
  }
}

/** Problems in the order of the form. */
export function orderProblems(errors: Record<string, string>): [string, string][] {
  const rank = (path: string) => {
    const order = ["roles", "holidayAllowancePct", "yearEndBonusPct", "socialPremiumPct", "pensionPremiumPct", "overheadPct", "riskSurchargePct", "clusters", "schools", "contractYears", "note"];
    const k = order.indexOf(path.split(".")[0] ?? "");
    return k < 0 ? order.length : k;
  };
  const index = (path: string) => Number(path.split(".")[1] ?? -1);
  return Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b) || index(a) - index(b));
}
