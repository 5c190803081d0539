import "server-only";
import { checkDeployment } from "@/lib/domain/plan/deployment";
import type { PlanContractTerms, PlanTexts } from "@/lib/domain/plan/versioning";
import { HOURS_PER_FTE_PER_WEEK, liveContractTerms, type PlanContext } from "../services/plan-context";

// The plan as a document to read, print and sign: built from the canonical
// content only (a frozen PlanVersion.content, or the live plan in the same
// form). The content holds the contract terms and the cost basis too
// (lib/domain/plan/versioning), so a signed version reads the same whatever
// the procedure's data say later. One shape for the page and the PDF, so both
// show exactly what the hash covers.

interface CanonicalPlan {
  format: string;
  school: { id: string; name: string; municipalityName: string };
  providers: { organisationId: string; name: string }[];
  texts: PlanTexts;
  schoolHasBehaviouralScientist: boolean;
  approaches: { topicId: string; topicNumber: number; topicTitle: string; providerId: string; body: string }[];
  deployments: {
    id: string; providerId: string; personName: string | null; role: string; educationLevel: "HBO" | "MBO_SUPERVISED";
    skjNumber: string | null; supervisorName: string | null; supervisorSkjNumber: string | null; hoursPerWeek: string;
  }[];
  budget: { year: number; months: number; fixedAnnualAmountCents: string; costPerFteCents: string; hoursPerFtePerWeek: string };
  contractTerms: PlanContractTerms;
}

/** The v1 format (before the terms and cost basis were frozen) held only these. */
interface CanonicalPlanV1 extends Omit<CanonicalPlan, "budget" | "contractTerms"> {
  budget: { year: number; fixedAnnualAmountCents: string; costPerFteCents: string };
  contractTerms: { excludedProductCodes: string[]; minEmployees: number; maxEmployees: number | null };
}

export interface PlanDocumentTerms {
  contractStartOn: Date;
  contractEndOn: Date;
  extensionCount: number;
  extensionYears: number;
  contractTermTexts: string[];
  notIncludedTexts: string[];
  excludedProductCodes: { code: string; description: string }[];
  minEmployees: number;
  maxEmployees: number | null;
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
  terms: PlanDocumentTerms;
}

/**
 * A version frozen in the v1 format, which did not hold the terms and the
 * cost basis: completed with the procedure's live values, as it was shown
 * when it was frozen (the codes and employee limits it did hold stay).
 */
export function completeLegacyContent(raw: unknown, ctx: Pick<PlanContext, "procedure" | "excludedProductCodes" | "termTexts" | "monthsByYear">): unknown {
  const c = raw as CanonicalPlan | CanonicalPlanV1;
  if ("startOn" in c.contractTerms) return raw;
  const v1 = c as CanonicalPlanV1;
  const live = liveContractTerms(ctx);
  const descriptions = new Map(live.excludedProductCodes.map((x) => [x.code, x.description]));
  return {
    ...v1,
    budget: { ...v1.budget, months: ctx.monthsByYear.get(v1.budget.year) ?? 12, hoursPerFtePerWeek: HOURS_PER_FTE_PER_WEEK },
    contractTerms: {
      ...live,
      excludedProductCodes: v1.contractTerms.excludedProductCodes.map((code) => ({ code, description: descriptions.get(code) ?? "" })),
      minEmployees: v1.contractTerms.minEmployees,
      maxEmployees: v1.contractTerms.maxEmployees,
    },
  } satisfies CanonicalPlan;
}

/** A local date of the content ("2026-03-01") as the instant the date formatters take (UTC midnight, as @db.Date). */
function dateOf(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

/** The document of canonical content; `budgetKnown` false for a live plan without a published amount (no costs shown). */
export function planDocumentFromContent(raw: unknown, { budgetKnown = true }: { budgetKnown?: boolean } = {}): PlanDocument {
  const c = raw as CanonicalPlan;
  const providerName = new Map(c.providers.map((p) => [p.organisationId, p.name]));
  const check = budgetKnown
    ? checkDeployment(
        c.deployments.map((d) => ({ ...d, providerId: d.providerId })),
        {
          minEmployees: c.contractTerms.minEmployees,
          maxEmployees: c.contractTerms.maxEmployees,
          providerIds: c.providers.map((p) => p.organisationId),
          costPerFteCents: BigInt(c.budget.costPerFteCents),
          hoursPerFtePerWeek: c.budget.hoursPerFtePerWeek,
          fixedAnnualAmountCents: BigInt(c.budget.fixedAnnualAmountCents),
          contractMonths: c.budget.months,
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
          year: c.budget.year, months: c.budget.months, fixedAnnualAmountCents: check.fixedAnnualAmountCents, costPerFteCents: BigInt(c.budget.costPerFteCents),
          totalCents: check.totalCents, remainingCents: check.remainingCents, hoursPerFtePerWeek: c.budget.hoursPerFtePerWeek.replace(".", ","),
        }
      : null,
    terms: {
      contractStartOn: dateOf(c.contractTerms.startOn),
      contractEndOn: dateOf(c.contractTerms.endOn),
      extensionCount: c.contractTerms.extensionCount,
      extensionYears: c.contractTerms.extensionYears,
      contractTermTexts: [...c.contractTerms.termTexts],
      notIncludedTexts: [...c.contractTerms.notIncludedTexts],
      excludedProductCodes: c.contractTerms.excludedProductCodes.map((x) => ({ code: x.code, description: x.description })),
      minEmployees: c.contractTerms.minEmployees,
      maxEmployees: c.contractTerms.maxEmployees,
    },
  };
}
