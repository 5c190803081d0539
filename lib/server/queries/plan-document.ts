import "server-only";
import { checkDeployment } from "@/lib/domain/plan/deployment";
import type { PlanTexts } from "@/lib/domain/plan/versioning";
import { db } from "../db";
import { HOURS_PER_FTE_PER_WEEK, type PlanContext } from "../services/plan-context";

// The plan as a document to read, print and sign: built from the canonical
// content (a frozen PlanVersion.content, or the live plan in the same form)
// plus the procedure's fixed contract terms. One shape for the page and the
// PDF, so both show exactly what the hash covers.

interface CanonicalPlan {
  school: { id: string; name: string; municipalityName: string };
  providers: { organisationId: string; name: string }[];
  texts: PlanTexts;
  schoolHasBehaviouralScientist: boolean;
  approaches: { topicId: string; topicNumber: number; topicTitle: string; providerId: string; body: string }[];
  deployments: {
    id: string; providerId: string; personName: string | null; role: string; educationLevel: "HBO" | "MBO_SUPERVISED";
    skjNumber: string | null; supervisorName: string | null; supervisorSkjNumber: string | null; hoursPerWeek: string;
  }[];
  budget: { year: number; fixedAnnualAmountCents: string; costPerFteCents: string };
  contractTerms: { excludedProductCodes: string[]; minEmployees: number; maxEmployees: number | null };
}

export interface PlanTerms {
  contractStartOn: Date;
  contractEndOn: Date;
  extensionCount: number;
  extensionYears: number;
  contractTermTexts: string[];
  notIncludedTexts: string[];
  codeDescriptions: Record<string, string>;
}

export interface PlanDocumentRow {
  providerName: string;
  personName: string | null;
  role: string;
  educationLevel: "HBO" | "MBO_SUPERVISED";
  skjNumber: string | null;
  supervisorName: string | null;
  supervisorSkjNumber: string | null;
  /** Dutch notation: "7,5". */
  hoursPerWeek: string;
  costCents: bigint | null;
}

export interface PlanDocument {
  schoolName: string;
  municipalityName: string;
  providers: { organisationId: string; name: string }[];
  texts: PlanTexts;
  schoolHasBehaviouralScientist: boolean;
  topics: { number: number; title: string; approaches: { providerName: string; body: string }[] }[];
  deployments: PlanDocumentRow[];
  budget: { year: number; months: number; fixedAnnualAmountCents: bigint; costPerFteCents: bigint; totalCents: bigint; remainingCents: bigint; hoursPerFtePerWeek: string } | null;
  terms: PlanTerms & { excludedProductCodes: { code: string; description: string }[]; minEmployees: number; maxEmployees: number | null };
}

export async function loadPlanTerms(ctx: PlanContext): Promise<PlanTerms> {
  const texts = await db.procedureText.findMany({ where: { procedureId: ctx.procedure.id, kind: { in: ["CONTRACT_TERM", "NOT_INCLUDED"] } }, orderBy: { sortOrder: "asc" } });
  return {
    contractStartOn: ctx.procedure.contractStartOn,
    contractEndOn: ctx.procedure.contractEndOn,
    extensionCount: ctx.procedure.extensionCount,
    extensionYears: ctx.procedure.extensionYears,
    contractTermTexts: texts.filter((t) => t.kind === "CONTRACT_TERM").map((t) => t.text),
    notIncludedTexts: texts.filter((t) => t.kind === "NOT_INCLUDED").map((t) => t.text),
    codeDescriptions: Object.fromEntries(ctx.excludedProductCodes.map((c) => [c.code, c.description])),
  };
}

/** The document of canonical content; `budgetKnown` false for a live plan without a published amount (no costs shown). */
export function planDocumentFromContent(raw: unknown, terms: PlanTerms, monthsByYear: ReadonlyMap<number, number>, budgetKnown = true): PlanDocument {
  const c = raw as CanonicalPlan;
  const providerName = new Map(c.providers.map((p) => [p.organisationId, p.name]));
  const months = monthsByYear.get(c.budget.year) ?? 12;
  const check = budgetKnown
    ? checkDeployment(
        c.deployments.map((d) => ({ ...d, providerId: d.providerId })),
        {
          minEmployees: c.contractTerms.minEmployees,
          maxEmployees: c.contractTerms.maxEmployees,
          providerIds: c.providers.map((p) => p.organisationId),
          costPerFteCents: BigInt(c.budget.costPerFteCents),
          hoursPerFtePerWeek: HOURS_PER_FTE_PER_WEEK,
          fixedAnnualAmountCents: BigInt(c.budget.fixedAnnualAmountCents),
          contractMonths: months,
        },
      )
    : null;
  const numbers = [...new Set(c.approaches.map((a) => a.topicNumber))].sort((a, b) => a - b);
  return {
    schoolName: c.school.name,
    municipalityName: c.school.municipalityName,
    providers: c.providers,
    texts: c.texts,
    schoolHasBehaviouralScientist: c.schoolHasBehaviouralScientist,
    topics: numbers.map((n) => {
      const rows = c.approaches.filter((a) => a.topicNumber === n);
      return { number: n, title: rows[0]?.topicTitle ?? "", approaches: rows.map((a) => ({ providerName: providerName.get(a.providerId) ?? "", body: a.body })) };
    }),
    deployments: c.deployments.map((d) => ({
      providerName: providerName.get(d.providerId) ?? "",
      personName: d.personName,
      role: d.role,
      educationLevel: d.educationLevel,
      skjNumber: d.skjNumber,
      supervisorName: d.supervisorName,
      supervisorSkjNumber: d.supervisorSkjNumber,
      hoursPerWeek: d.hoursPerWeek === "0" ? "" : d.hoursPerWeek.replace(".", ","),
      costCents: check?.costs.find((x) => x.rowId === d.id)?.cost.cents ?? null,
    })),
    budget: check
      ? {
          year: c.budget.year, months, fixedAnnualAmountCents: check.fixedAnnualAmountCents, costPerFteCents: BigInt(c.budget.costPerFteCents),
          totalCents: check.totalCents, remainingCents: check.remainingCents, hoursPerFtePerWeek: HOURS_PER_FTE_PER_WEEK,
        }
      : null,
    terms: {
      ...terms,
      excludedProductCodes: c.contractTerms.excludedProductCodes.map((code) => ({ code, description: terms.codeDescriptions[code] ?? "" })),
      minEmployees: c.contractTerms.minEmployees,
      maxEmployees: c.contractTerms.maxEmployees,
    },
  };
}
