import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import { summarisePlanGaps } from "@/lib/domain/plan/completeness";
import { signingStatus, type SignatoryParty } from "@/lib/domain/plan/signatures";
import type { Action } from "@/lib/domain/policy";
import type { DeploymentRowFormValues } from "@/lib/schemas/plan";
import { db } from "../db";
import {
  currentVersion,
  deploymentRules,
  HOURS_PER_FTE_PER_WEEK,
  hoursText,
  loadPlan,
  loadPlanContext,
  partyOf,
  planCompleteness,
  planContentInput,
  planGaps,
  PLAN_NOT_FOUND,
  signatoriesOf,
  type LoadedPlan,
  type PlanContext,
} from "../services/plan-context";
import { canonicalPlanContent } from "@/lib/domain/plan/versioning";
import { completeLegacyContent, planDocumentFromContent, type PlanDocument } from "./plan-document";
import { listMilestones } from "./procedure";

// Reads of plans of approach, scoped to the actor: the school reads its own
// school's plan; a chosen provider and the municipality where the school
// stands read it once the choice is final; staff read all. Anyone else gets
// NOT_FOUND. BigInt values reach client components only as strings.

export type Viewer = SignatoryParty | "STAFF";

export interface Permission {
  allowed: boolean;
  message: string | null;
}

export interface SignatoryView {
  party: SignatoryParty;
  organisationId: string;
  organisationName: string;
  /** The signer's account name and e-mail address when signing (never typed by the signer). */
  signature: { signerName: string; signerEmail: string | null; signerFunction: string; signedAt: Date } | null;
}

export interface PlanPageView {
  viewer: Viewer;
  school: { id: string; name: string; city: string; municipalityName: string; clusterName: string };
  providers: { organisationId: string; name: string }[];
  choiceFinal: boolean;
  standstillLastDay: string | null;
  planId: string | null;
  status: "NONE" | "DRAFT" | "SIGNING" | "FINAL";
  schoolPart: { schoolContext: string; schoolGoals: string; pedagogicalClimate: string; oppLink: string; practicalArrangements: string; schoolHasBehaviouralScientist: boolean };
  providerPart: {
    approaches: Record<string, string>;
    prefilledFromWrittenPlan: boolean;
    behaviouralScientist: string;
    replacementArrangement: string;
    staffContinuity: string;
    ownRows: DeploymentRowFormValues[];
    otherRows: (DeploymentRowFormValues & { providerId: string; providerName: string })[];
    /** How many of otherRows come before the own rows in the table (the chosen providers' order), so row numbers match the document. */
    otherRowsBefore: number;
  } | null;
  topics: { id: string; number: number; title: string; guidance: string }[];
  rules: { minEmployees: number; maxEmployees: number | null; providerIds: string[]; costPerFteCents: string; hoursPerFtePerWeek: string; fixedAnnualAmountCents: string; contractMonths: number; year: number } | null;
  document: PlanDocument | null;
  current: { id: string; number: number; contentSha256: string; frozenAt: Date; signatories: SignatoryView[] } | null;
  voided: { number: number; contentSha256: string; voidedAt: Date; voidReason: string; signatures: { organisationName: string; signerName: string; signedAt: Date }[] }[];
  missing: string[];
  permissions: { editSchoolPart: Permission; editProviderPart: Permission; freeze: Permission; sign: Permission };
}

function permission(actor: Actor, action: Action, milestones: Awaited<ReturnType<typeof listMilestones>>, now: Date, extra: string | null): Permission {
  const decision = authorizeAt(actor.role, action, milestones, now);
  if (!decision.allowed) return { allowed: false, message: decision.message };
  return extra ? { allowed: false, message: extra } : { allowed: true, message: null };
}

async function orgNames(ids: string[]) {
  const rows = await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function latestWrittenAnswers(schoolId: string, organisationId: string): Promise<Record<string, string>> {
  const plan = await db.writtenPlan.findFirst({ where: { schoolId, organisationId, status: "SUBMITTED" }, orderBy: { version: "desc" }, include: { answers: true } });
  return Object.fromEntries((plan?.answers ?? []).map((a) => [a.topicId, a.body]));
}

function rowValues(d: LoadedPlan["deployments"][number]): DeploymentRowFormValues {
  return {
    id: d.id, personName: d.personName ?? "", role: d.role, educationLevel: d.educationLevel, skjNumber: d.skjNumber ?? "",
    supervisorName: d.supervisorName ?? "", supervisorSkjNumber: d.supervisorSkjNumber ?? "", hoursPerWeek: hoursText(d.hoursPerWeek),
  };
}

const EMPTY_TEXTS = { schoolContext: "", schoolGoals: "", pedagogicalClimate: "", oppLink: "", practicalArrangements: "", behaviouralScientist: "", replacementArrangement: "", staffContinuity: "" };

/** The plan page of one school for a party or staff; NOT_FOUND for anyone else. */
export async function getPlanPage(actor: Actor, procedureId: string, schoolId: string, now: Date): Promise<PlanPageView> {
  const ctx = await loadPlanContext(db, procedureId, schoolId, now);
  const party = ctx ? partyOf(actor, ctx) : null;
  if (!ctx || (!party && actor.role !== "STAFF")) throw new DomainError("NOT_FOUND", PLAN_NOT_FOUND);
  const viewer: Viewer = party ?? "STAFF";
  const [plan, milestones] = await Promise.all([loadPlan(db, schoolId), listMilestones(procedureId)]);
  const rows = plan ?? { ...EMPTY_TEXTS, schoolHasBehaviouralScientist: false, approaches: [], deployments: [] };
  const seesAll = viewer === "SCHOOL" || viewer === "STAFF" || ctx.choiceFinal;
  const current = plan ? currentVersion(plan) : null;
  const status = plan?.status ?? "NONE";

  // A frozen version reads from its own content only (terms and cost basis included); a draft from the live plan and procedure.
  let document: PlanDocument | null = null;
  if (seesAll && current) document = planDocumentFromContent(completeLegacyContent(current.content, ctx));
  else if (seesAll && ctx.providers.length > 0) {
    const budget = ctx.budget ?? { year: 0, months: 12, fixedAnnualAmountCents: 0n, costPerFteCents: 0n, hoursPerFtePerWeek: HOURS_PER_FTE_PER_WEEK };
    document = planDocumentFromContent(canonicalPlanContent(planContentInput(ctx, rows, budget)), { budgetKnown: ctx.budget !== null });
  }

  const names = await orgNames([...ctx.providers.map((p) => p.organisationId), ctx.school.organisationId, ctx.school.municipalityId]);
  const required = ctx.providers.length > 0 ? signatoriesOf(ctx) : [];
  const counted = current ? signingStatus(required, current.signatures, current.contentSha256) : null;
  const ownSigned = !!counted?.signed.some((s) => s.organisationId === actor.organisationId);

  const providerPart = viewer === "PROVIDER" && ctx.choiceFinal ? await ownProviderPart(actor, ctx, rows) : null;
  const final = status === "FINAL";
  const notEditable = final ? "Het plan is definitief en kan niet meer worden gewijzigd." : null;
  const voidedVersions = plan ? plan.versions.filter((v) => v.voidedAt !== null) : [];
  const voidedSignerOrgs = await orgNames(voidedVersions.flatMap((v) => v.signatures.map((s) => s.organisationId)));

  return {
    viewer,
    school: { id: ctx.school.id, name: ctx.school.name, city: ctx.school.city, municipalityName: ctx.school.municipality.name, clusterName: ctx.school.cluster.name },
    providers: ctx.providers,
    choiceFinal: ctx.choiceFinal,
    standstillLastDay: ctx.standstill.standstill?.lastDay ?? null,
    planId: plan?.id ?? null,
    status,
    schoolPart: seesAll
      ? { schoolContext: rows.schoolContext, schoolGoals: rows.schoolGoals, pedagogicalClimate: rows.pedagogicalClimate, oppLink: rows.oppLink, practicalArrangements: rows.practicalArrangements, schoolHasBehaviouralScientist: rows.schoolHasBehaviouralScientist }
      : { ...EMPTY_TEXTS, schoolHasBehaviouralScientist: false },
    providerPart,
    topics: ctx.topics.map((t) => ({ id: t.id, number: t.number, title: t.title, guidance: t.guidance })),
    rules: ctx.budget && ctx.providers.length > 0
      ? (() => {
          const r = deploymentRules(ctx, ctx.budget);
          return { minEmployees: r.minEmployees, maxEmployees: r.maxEmployees, providerIds: [...r.providerIds], costPerFteCents: r.costPerFteCents.toString(), hoursPerFtePerWeek: r.hoursPerFtePerWeek, fixedAnnualAmountCents: r.fixedAnnualAmountCents.toString(), contractMonths: r.contractMonths ?? 12, year: ctx.budget.year };
        })()
      : null,
    document,
    current: current && seesAll
      ? {
          id: current.id, number: current.number, contentSha256: current.contentSha256, frozenAt: current.frozenAt,
          signatories: required.map((s) => {
            const sig = current.signatures.find((x) => x.voidedAt === null && x.organisationId === s.organisationId && x.party === s.party && x.contentSha256 === current.contentSha256);
            return { ...s, organisationName: names.get(s.organisationId) ?? "", signature: sig ? { signerName: sig.signerName, signerEmail: sig.signerEmail, signerFunction: sig.signerFunction, signedAt: sig.signedAt } : null };
          }),
        }
      : null,
    voided: seesAll
      ? voidedVersions.map((v) => ({
          number: v.number, contentSha256: v.contentSha256, voidedAt: v.voidedAt!, voidReason: v.voidReason ?? "",
          signatures: v.signatures.map((s) => ({ organisationName: voidedSignerOrgs.get(s.organisationId) ?? "", signerName: s.signerName, signedAt: s.signedAt })),
        }))
      : [],
    missing: seesAll && !current && ctx.providers.length > 0 ? planCompleteness(ctx, rows, ctx.budget) : [],
    permissions: {
      editSchoolPart: viewer === "SCHOOL" ? permission(actor, "plan.editSchoolPart", milestones, now, notEditable) : { allowed: false, message: null },
      editProviderPart: viewer === "PROVIDER" ? permission(actor, "plan.editProviderPart", milestones, now, notEditable ?? (ctx.choiceFinal ? null : "De keuze van de school is nog niet definitief.")) : { allowed: false, message: null },
      freeze: viewer === "SCHOOL" || viewer === "PROVIDER"
        ? permission(actor, "plan.sign", milestones, now, final ? notEditable : !ctx.choiceFinal ? "De keuze van de school is nog niet definitief." : current ? `Versie ${current.number} ligt ter ondertekening.` : null)
        : { allowed: false, message: null },
      sign: viewer !== "STAFF"
        ? permission(actor, "plan.sign", milestones, now, final ? "Het plan is definitief." : !current ? "Er is nog geen versie vastgelegd voor ondertekening." : ownSigned ? "Uw organisatie heeft deze versie ondertekend." : null)
        : { allowed: false, message: null },
    },
  };
}

async function ownProviderPart(actor: Actor, ctx: PlanContext, rows: Pick<LoadedPlan, "approaches" | "deployments" | "behaviouralScientist" | "replacementArrangement" | "staffContinuity">) {
  const own = rows.approaches.filter((a) => a.providerOrganisationId === actor.organisationId);
  const written = own.length === 0 ? await latestWrittenAnswers(ctx.school.id, actor.organisationId) : {};
  const providerName = new Map(ctx.providers.map((p) => [p.organisationId, p.name]));
  const sorted = [...rows.deployments].sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1));
  const order = new Map(ctx.providers.map((p, i) => [p.organisationId, i]));
  const ownIndex = order.get(actor.organisationId) ?? 0;
  const otherRows = sorted
    .filter((d) => d.providerOrganisationId !== actor.organisationId && providerName.has(d.providerOrganisationId))
    .map((d) => ({ ...rowValues(d), providerId: d.providerOrganisationId, providerName: providerName.get(d.providerOrganisationId) ?? "" }));
  return {
    approaches: Object.fromEntries(ctx.topics.map((t) => [t.id, own.find((a) => a.topicId === t.id)?.body ?? written[t.id] ?? ""])),
    prefilledFromWrittenPlan: own.length === 0 && Object.keys(written).length > 0,
    behaviouralScientist: rows.behaviouralScientist,
    replacementArrangement: rows.replacementArrangement,
    staffContinuity: rows.staffContinuity,
    ownRows: sorted.filter((d) => d.providerOrganisationId === actor.organisationId).map(rowValues),
    otherRows,
    otherRowsBefore: otherRows.filter((r) => (order.get(r.providerId) ?? 0) < ownIndex).length,
  };
}

export interface PlanListRow {
  schoolId: string;
  schoolName: string;
  city: string;
  municipalityName: string;
  providers: string[];
  choiceFinal: boolean;
  status: "NONE" | "DRAFT" | "SIGNING" | "FINAL";
  version: number | null;
  signed: string[];
  missing: string[];
  /**
   * Staff only, for a plan with no version frozen yet: what is still missing
   * in the plan itself, one short line per part ("Deel school onvolledig (2
   * onderdelen open)", "Inzet: Zet ten minste 2 medewerkers in; nu 1.").
   */
  incomplete: string[];
}

/** One row per school of the procedure that the viewer may see: status, who signed, who is missing. */
export async function listPlans(actor: Actor, procedureId: string, now: Date): Promise<PlanListRow[]> {
  const where =
    actor.role === "STAFF" ? { procedureId }
    : actor.role === "SCHOOL" ? { procedureId, organisationId: actor.organisationId }
    : actor.role === "MUNICIPALITY" ? { procedureId, municipalityId: actor.organisationId }
    : actor.role === "PROVIDER" ? { procedureId, choices: { some: { status: "SUBMITTED" as const, publishedAt: { not: null, lte: now }, providers: { some: { providerOrganisationId: actor.organisationId } } } } }
    : null;
  if (!where) return [];
  const schools = await db.school.findMany({ where, orderBy: { sortOrder: "asc" }, select: { id: true } });
  const rows: PlanListRow[] = [];
  for (const { id } of schools) {
    const ctx = await loadPlanContext(db, procedureId, id, now);
    if (!ctx) continue;
    // A provider of an older choice that a newer one replaced is no party any more.
    if (actor.role === "PROVIDER" && !partyOf(actor, ctx)) continue;
    const plan = await loadPlan(db, id);
    const current = plan ? currentVersion(plan) : null;
    const required = ctx.providers.length > 0 ? signatoriesOf(ctx) : [];
    const status = current ? signingStatus(required, current.signatures, current.contentSha256) : null;
    const names = await orgNames(required.map((r) => r.organisationId));
    const incomplete = actor.role === "STAFF" && !current && plan?.status !== "FINAL"
      ? summarisePlanGaps(planGaps(ctx, plan ?? { ...EMPTY_TEXTS, schoolHasBehaviouralScientist: false, approaches: [], deployments: [] }, ctx.budget))
      : [];
    rows.push({
      schoolId: id, schoolName: ctx.school.name, city: ctx.school.city, municipalityName: ctx.school.municipality.name,
      providers: ctx.providers.map((p) => p.name), choiceFinal: ctx.choiceFinal, status: plan?.status ?? "NONE", version: current?.number ?? null,
      signed: (status?.signed ?? []).map((s) => names.get(s.organisationId) ?? ""),
      missing: (status?.missing ?? required).map((s) => names.get(s.organisationId) ?? ""),
      incomplete,
    });
  }
  return rows;
}

/** The current version of a plan as a document with its signatures, for the PDF; NOT_FOUND when the actor may not read it or nothing is frozen. */
export async function getPlanPdfData(actor: Actor, procedureId: string, planId: string, now: Date) {
  const row = await db.planOfApproach.findFirst({ where: { id: planId, procedureId }, select: { schoolId: true } });
  if (!row) throw new DomainError("NOT_FOUND", PLAN_NOT_FOUND);
  const page = await getPlanPage(actor, procedureId, row.schoolId, now);
  if (!page.current || !page.document) throw new DomainError("NOT_FOUND", "Er is nog geen versie van dit plan vastgelegd.");
  return { page, document: page.document, current: page.current };
}
