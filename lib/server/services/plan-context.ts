import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DEFAULT_BUDGET_NORMS } from "@/lib/domain/budget";
import { DomainError } from "@/lib/domain/errors";
import { formatLocalDate } from "@/lib/domain/format";
import type { PlanGap } from "@/lib/domain/plan/completeness";
import { checkDeployment, presenceHoursPerWeek, type DeploymentCheck, type DeploymentRules } from "@/lib/domain/plan/deployment";
import { requiredSignatories, type Signatory, type SignatoryParty } from "@/lib/domain/plan/signatures";
import { PLAN_CONTENT_FORMAT, PLAN_TEXT_FIELDS, planContentHash, type PlanContentInput, type PlanContractTerms } from "@/lib/domain/plan/versioning";
import { standstillStatus, type StandstillStatus } from "@/lib/domain/selection/standstill";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// What every plan-of-approach use case needs to know about one school: its
// chosen providers (the newest submitted and published SchoolChoice) and
// whether that choice is final (standstill over), the published fixed amount
// and cost per FTE, the topics, and the contract terms. Also the live plan
// with its versions, and its content in the canonical form that is hashed.

type Client = Prisma.TransactionClient | typeof db;

/** Hours per week of one FTE in the budget norms (5 days × 6 hours = 30). */
export const HOURS_PER_FTE_PER_WEEK = presenceHoursPerWeek(DEFAULT_BUDGET_NORMS);

export interface PlanBudget {
  year: number;
  months: number;
  fixedAnnualAmountCents: bigint;
  costPerFteCents: bigint;
  /** Hours per week of one FTE, decimal string ("30"). */
  hoursPerFtePerWeek: string;
}

export async function loadPlanContext(client: Client, procedureId: string, schoolId: string, now: Date) {
  const school = await client.school.findFirst({ where: { id: schoolId, procedureId }, include: { organisation: true, municipality: true, cluster: true } });
  if (!school) return null;
  // One query at a time: `client` may be a transaction, which is one connection.
  const procedure = await client.procedure.findUniqueOrThrow({ where: { id: procedureId } });
  const choice = await client.schoolChoice.findFirst({
    where: { schoolId, status: "SUBMITTED", publishedAt: { not: null, lte: now } },
    orderBy: { version: "desc" },
    include: { providers: { include: { provider: true } } },
  });
  const topics = await client.topic.findMany({ where: { procedureId }, orderBy: { number: "asc" } });
  const codes = await client.excludedProductCode.findMany({ where: { procedureId }, orderBy: { code: "asc" } });
  const termTexts = await client.procedureText.findMany({ where: { procedureId, kind: { in: ["CONTRACT_TERM", "NOT_INCLUDED"] } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  const calculation = await client.budgetCalculation.findFirst({
    where: { procedureId, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    include: { contractYears: { orderBy: { year: "asc" } }, schoolAmounts: { where: { schoolId } } },
  });
  const providers = (choice?.providers ?? [])
    .map((p) => ({ organisationId: p.providerOrganisationId, name: p.provider.name }))
    .sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0));
  const standstill: StandstillStatus = standstillStatus(choice?.publishedAt ?? null, now, procedure.standstillDays);
  const firstYear = calculation?.contractYears[0];
  const amount = firstYear ? calculation?.schoolAmounts.find((a) => a.year === firstYear.year) : undefined;
  const budget: PlanBudget | null =
    calculation?.costPerFteCents != null && firstYear && amount
      ? { year: firstYear.year, months: firstYear.months, fixedAnnualAmountCents: amount.amountCents, costPerFteCents: calculation.costPerFteCents, hoursPerFtePerWeek: HOURS_PER_FTE_PER_WEEK }
      : null;
  return {
    procedure,
    school,
    providers,
    choiceFinal: providers.length > 0 && standstill.isFinal,
    standstill,
    topics,
    excludedProductCodes: codes,
    termTexts,
    budget,
    monthsByYear: new Map((calculation?.contractYears ?? []).map((y) => [y.year, y.months])),
  };
}

export type PlanContext = NonNullable<Awaited<ReturnType<typeof loadPlanContext>>>;

export function loadPlan(client: Client, schoolId: string) {
  return client.planOfApproach.findUnique({
    where: { schoolId },
    include: {
      approaches: true,
      deployments: true,
      versions: { orderBy: { number: "desc" }, include: { signatures: { orderBy: { signedAt: "asc" } } } },
    },
  });
}

export type LoadedPlan = NonNullable<Awaited<ReturnType<typeof loadPlan>>>;

/** The version the parties sign now: the newest that is not voided. */
export function currentVersion(plan: Pick<LoadedPlan, "versions">) {
  return plan.versions.find((v) => v.voidedAt === null) ?? null;
}

export function signatoriesOf(ctx: PlanContext): Signatory[] {
  return requiredSignatories({
    providerOrganisationIds: ctx.providers.map((p) => p.organisationId),
    schoolOrganisationId: ctx.school.organisationId,
    municipalityOrganisationId: ctx.school.municipalityId,
  });
}

/** The party the actor signs and edits for, or null when the actor's organisation is not a party of this plan. */
export function partyOf(actor: Actor, ctx: PlanContext): SignatoryParty | null {
  if (actor.role === "SCHOOL" && ctx.school.organisationId === actor.organisationId) return "SCHOOL";
  if (actor.role === "MUNICIPALITY" && ctx.school.municipalityId === actor.organisationId) return "MUNICIPALITY";
  if (actor.role === "PROVIDER" && ctx.providers.some((p) => p.organisationId === actor.organisationId)) return "PROVIDER";
  return null;
}

export const PLAN_NOT_FOUND = "Dit plan van aanpak bestaat niet of is niet voor uw organisatie.";

/** The context of a plan the actor is a party of; NOT_FOUND for anyone else (also a municipality of another municipality). */
export async function loadPartyContext(client: Client, actor: Actor, procedureId: string, schoolId: string, now: Date) {
  const ctx = await loadPlanContext(client, procedureId, schoolId, now);
  const party = ctx ? partyOf(actor, ctx) : null;
  if (!ctx || !party) throw new DomainError("NOT_FOUND", PLAN_NOT_FOUND);
  return { ctx, party };
}

/** Providers and municipality act only once the school's choice is final (after the standstill period). */
export function assertChoiceFinal(ctx: PlanContext): void {
  if (ctx.choiceFinal) return;
  const end = ctx.standstill.standstill;
  throw new DomainError(
    "PHASE_CLOSED",
    end
      ? `De keuze van ${ctx.school.name} is nog niet definitief: de standstilltermijn loopt tot en met ${formatLocalDate(end.lastDay)}.`
      : `${ctx.school.name} heeft nog geen definitieve keuze voor een jeugdhulpaanbieder.`,
  );
}

export function deploymentRules(ctx: Pick<PlanContext, "procedure" | "providers">, budget: PlanBudget): DeploymentRules {
  return {
    minEmployees: ctx.procedure.minEmployeesPerSchool,
    maxEmployees: ctx.procedure.maxEmployeesPerSchool,
    providerIds: ctx.providers.map((p) => p.organisationId),
    costPerFteCents: budget.costPerFteCents,
    hoursPerFtePerWeek: budget.hoursPerFtePerWeek,
    fixedAnnualAmountCents: budget.fixedAnnualAmountCents,
    contractMonths: budget.months,
  };
}

/** "7.5" from the database as the form shows it ("7,5"); 0 is an empty field. */
export function hoursText(value: { toString(): string }): string {
  const text = value.toString();
  return Number(text) === 0 ? "" : text.replace(".", ",");
}

type PlanRows = Pick<LoadedPlan, (typeof PLAN_TEXT_FIELDS)[number] | "schoolHasBehaviouralScientist" | "approaches" | "deployments">;

/** Deployment rows of chosen providers in table order, as checkDeployment reads them. */
export function deploymentInputs(ctx: PlanContext, plan: Pick<PlanRows, "deployments">) {
  const chosen = new Set(ctx.providers.map((p) => p.organisationId));
  return [...plan.deployments]
    .filter((d) => chosen.has(d.providerOrganisationId))
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({
      id: d.id,
      sortOrder: d.sortOrder,
      providerId: d.providerOrganisationId,
      personName: d.personName,
      role: d.role,
      educationLevel: d.educationLevel,
      skjNumber: d.skjNumber,
      supervisorName: d.supervisorName,
      supervisorSkjNumber: d.supervisorSkjNumber,
      hoursPerWeek: hoursText(d.hoursPerWeek),
    }));
}

export function checkPlanDeployment(ctx: PlanContext, plan: Pick<PlanRows, "deployments">, budget: PlanBudget): DeploymentCheck {
  return checkDeployment(deploymentInputs(ctx, plan), deploymentRules(ctx, budget));
}

/** A @db.Date column (UTC midnight) as the local date it stands for, "2026-03-01". */
function localDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The contract terms as the procedure holds them now (SPEC §9): what a version frozen now prints and signs. */
export function liveContractTerms(ctx: Pick<PlanContext, "procedure" | "excludedProductCodes" | "termTexts">): PlanContractTerms {
  return {
    startOn: localDate(ctx.procedure.contractStartOn),
    endOn: localDate(ctx.procedure.contractEndOn),
    extensionCount: ctx.procedure.extensionCount,
    extensionYears: ctx.procedure.extensionYears,
    excludedProductCodes: ctx.excludedProductCodes.map((c) => ({ code: c.code, description: c.description })),
    minEmployees: ctx.procedure.minEmployeesPerSchool,
    maxEmployees: ctx.procedure.maxEmployeesPerSchool,
    termTexts: ctx.termTexts.filter((t) => t.kind === "CONTRACT_TERM").map((t) => t.text),
    notIncludedTexts: ctx.termTexts.filter((t) => t.kind === "NOT_INCLUDED").map((t) => t.text),
  };
}

/**
 * The live plan as the input of the canonical content (only chosen providers'
 * parts count), with the procedure's terms as they are now unless `terms`
 * gives those of a frozen version.
 */
export function planContentInput(ctx: PlanContext, plan: PlanRows, budget: PlanBudget, terms: PlanContractTerms = liveContractTerms(ctx)): PlanContentInput {
  const chosen = new Set(ctx.providers.map((p) => p.organisationId));
  const topics = new Map(ctx.topics.map((t) => [t.id, t]));
  return {
    procedureId: ctx.procedure.id,
    school: {
      id: ctx.school.id,
      name: ctx.school.name,
      organisationId: ctx.school.organisationId,
      municipalityOrganisationId: ctx.school.municipalityId,
      municipalityName: ctx.school.municipality.name,
    },
    providers: ctx.providers,
    texts: Object.fromEntries(PLAN_TEXT_FIELDS.map((f) => [f, plan[f]])) as PlanContentInput["texts"],
    schoolHasBehaviouralScientist: plan.schoolHasBehaviouralScientist,
    approaches: plan.approaches
      .filter((a) => chosen.has(a.providerOrganisationId) && topics.has(a.topicId))
      .map((a) => ({ topicId: a.topicId, topicNumber: topics.get(a.topicId)!.number, topicTitle: topics.get(a.topicId)!.title, providerId: a.providerOrganisationId, body: a.body })),
    deployments: deploymentInputs(ctx, plan),
    budget: { year: budget.year, months: budget.months, fixedAnnualAmountCents: budget.fixedAnnualAmountCents, costPerFteCents: budget.costPerFteCents, hoursPerFtePerWeek: budget.hoursPerFtePerWeek },
    contractTerms: terms,
  };
}

interface FrozenContent {
  format?: string;
  budget?: { year?: number; months?: number; fixedAnnualAmountCents?: string; costPerFteCents?: string; hoursPerFtePerWeek?: string };
  contractTerms?: Partial<PlanContractTerms>;
}

/** The budget a frozen version was made with (its content), so a later publication never changes an existing version's hash. */
export function budgetOfVersion(ctx: PlanContext, content: unknown): PlanBudget | null {
  const budget = (content as FrozenContent | null)?.budget;
  if (!budget?.year || !budget.fixedAnnualAmountCents || !budget.costPerFteCents) return null;
  return {
    year: budget.year,
    // A version frozen before the format held them (v1): the live values, as it was then shown.
    months: budget.months ?? ctx.monthsByYear.get(budget.year) ?? 12,
    fixedAnnualAmountCents: BigInt(budget.fixedAnnualAmountCents),
    costPerFteCents: BigInt(budget.costPerFteCents),
    hoursPerFtePerWeek: budget.hoursPerFtePerWeek ?? HOURS_PER_FTE_PER_WEEK,
  };
}

/** The contract terms a frozen version was signed with; null for a version of the old format (v1), which did not hold them. */
export function contractTermsOfVersion(content: unknown): PlanContractTerms | null {
  const c = content as FrozenContent | null;
  return c?.format === PLAN_CONTENT_FORMAT && c.contractTerms ? (c.contractTerms as PlanContractTerms) : null;
}

export function livePlanHash(ctx: PlanContext, plan: PlanRows, budget: PlanBudget, terms?: PlanContractTerms): string {
  return planContentHash(planContentInput(ctx, plan, budget, terms));
}

const TEXT_LABELS: Record<(typeof PLAN_TEXT_FIELDS)[number], string> = {
  schoolContext: "Context van de school",
  schoolGoals: "Doelen van de school voor collectieve jeugdhulp",
  pedagogicalClimate: "Pedagogisch klimaat",
  oppLink: "Aansluiting op de ontwikkelingsperspectiefplannen (OPP)",
  practicalArrangements: "Praktische afspraken",
  behaviouralScientist: "Gedragswetenschapper voor advies",
  replacementArrangement: "Vervanging bij afwezigheid langer dan twee weken",
  staffContinuity: "Continuïteit van personeel",
};
export const PLAN_TEXT_LABELS = TEXT_LABELS;

/**
 * What is still missing before a version can be frozen for signing, per part
 * of the plan (lib/domain/plan/completeness); empty when the plan is
 * complete. Deployment rows are named by their row number in the whole table.
 */
export function planGaps(ctx: PlanContext, plan: PlanRows, budget: PlanBudget | null): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (!ctx.choiceFinal) gaps.push({ part: "CHOICE", message: "De keuze van de school is nog niet definitief." });
  const schoolFields = ["schoolContext", "schoolGoals", "pedagogicalClimate", "oppLink", "practicalArrangements"] as const;
  for (const f of schoolFields) if (plan[f].trim() === "") gaps.push({ part: "SCHOOL", message: `Deel van de school: vul "${TEXT_LABELS[f]}" in.` });
  const providerFields = ["replacementArrangement", "staffContinuity", ...(plan.schoolHasBehaviouralScientist ? [] : ["behaviouralScientist" as const])] as const;
  for (const f of providerFields) if (plan[f].trim() === "") gaps.push({ part: "PROVIDER", message: `Deel van de aanbieder: vul "${TEXT_LABELS[f]}" in.` });
  for (const p of ctx.providers) {
    const empty = ctx.topics.filter((t) => !plan.approaches.some((a) => a.topicId === t.id && a.providerOrganisationId === p.organisationId && a.body.trim() !== ""));
    if (empty.length > 0) gaps.push({ part: "APPROACH", subject: p.name, message: `${p.name}: beschrijf de aanpak bij onderwerp ${empty.map((t) => t.number).join(", ")}.` });
  }
  if (!budget) {
    gaps.push({ part: "BUDGET", message: "Het vaste bedrag per jaar van de school is nog niet gepubliceerd; de inzet kan nog niet worden getoetst." });
    return gaps;
  }
  const check = checkPlanDeployment(ctx, plan, budget);
  for (const [key, message] of Object.entries(check.errors)) {
    const row = /^rows\.(\d+)\./.exec(key);
    gaps.push({ part: "DEPLOYMENT", key, message: row ? `Inzet, rij ${Number(row[1]) + 1}: ${message}` : `Inzet: ${message}` });
  }
  return gaps;
}

/** What is still missing, in Dutch, one line per item (see planGaps); empty when the plan is complete. */
export function planCompleteness(ctx: PlanContext, plan: PlanRows, budget: PlanBudget | null): string[] {
  return planGaps(ctx, plan, budget).map((g) => g.message);
}
