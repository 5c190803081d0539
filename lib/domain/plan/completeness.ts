/**
 * What is still missing in a plan of approach before a version can be frozen
 * for signing, per part of the plan (SPEC §9, issue 8). The plan page lists
 * every gap in full (PlanGap.message); the staff dashboard shows one short
 * line per part (summarisePlanGaps), so a row of the overview stays readable.
 * Pure: the gaps are found by the server (planCompleteness), which knows the
 * plan, the procedure and the budget.
 */

export type PlanGapPart = "CHOICE" | "SCHOOL" | "PROVIDER" | "APPROACH" | "BUDGET" | "DEPLOYMENT";

export interface PlanGap {
  part: PlanGapPart;
  /** The full Dutch line, as the plan page shows it. */
  message: string;
  /** APPROACH: the provider's name. */
  subject?: string;
  /** DEPLOYMENT: the key of checkDeployment's error ("rows", "total", "rows.1.skjNumber"). */
  key?: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One short Dutch line per part that has gaps, in the order of the plan. */
export function summarisePlanGaps(gaps: readonly PlanGap[]): string[] {
  const of = (part: PlanGapPart) => gaps.filter((g) => g.part === part);
  const lines: string[] = [];
  if (of("CHOICE").length > 0) lines.push("Keuze van de school nog niet definitief");
  const school = of("SCHOOL").length;
  if (school > 0) lines.push(`Deel school onvolledig (${count(school, "onderdeel", "onderdelen")} open)`);
  const provider = of("PROVIDER").length;
  if (provider > 0) lines.push(`Deel aanbieder onvolledig (${count(provider, "onderdeel", "onderdelen")} open)`);
  const approaches = of("APPROACH");
  if (approaches.length > 0) lines.push(`Aanpak per onderwerp onvolledig (${approaches.map((g) => g.subject ?? "").filter((s) => s !== "").join(", ")})`.replace(" ()", ""));
  if (of("BUDGET").length > 0) lines.push("Vast bedrag van de school nog niet gepubliceerd");
  const deployment = of("DEPLOYMENT");
  // Table-level gaps (too few or too many employees, a provider without anyone, over the amount) in full: they are short.
  for (const g of deployment.filter((d) => d.key === "rows" || d.key === "providers" || d.key === "total")) lines.push(g.message);
  const rows = new Set(deployment.map((g) => /^rows\.(\d+)\./.exec(g.key ?? "")?.[1]).filter((r): r is string => r !== undefined));
  if (rows.size > 0) lines.push(`Inzet: ${count(rows.size, "rij", "rijen")} onvolledig of onjuist`);
  return lines;
}
