import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { listMilestones } from "./procedure";
import { assertPlanReader, getSubmittedPlanOfCandidate, listSubmittedPlansOfSchool, listTopics } from "./written-plan";

// Reads of the scoring (SPEC §8, issue 7). An evaluator sees the other
// evaluators' scores for a candidate only after submitting their own for that
// candidate; staff see every sheet (audit). Nothing here is for providers.

export interface SheetItemDto {
  topicId: string;
  /** null: not chosen yet (drafts). */
  score: number | null;
  explanation: string;
}

export interface SheetDto {
  id: string;
  kind: "INDIVIDUAL" | "CONSENSUS";
  providerId: string;
  evaluatorId: string | null;
  evaluatorName: string | null;
  status: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  conclusion: string | null;
  items: SheetItemDto[];
  total: number | null;
  receiptNumber: string | null;
}

async function loadSheets(where: { schoolId: string; providerOrganisationId?: string; kind?: "INDIVIDUAL" | "CONSENSUS"; evaluatorId?: string; status?: "SUBMITTED" }): Promise<SheetDto[]> {
  const sheets = await db.scoreSheet.findMany({
    where: { kind: where.kind ?? { in: ["INDIVIDUAL", "CONSENSUS"] }, ...where },
    include: { items: true },
    orderBy: { createdAt: "asc" },
  });
  const userIds = [...new Set(sheets.map((s) => s.evaluatorId).filter((id): id is string => id !== null))];
  const [users, receipts] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.receipt.findMany({ where: { kind: { in: ["SCORE", "CONSENSUS"] }, subjectId: { in: sheets.map((s) => s.id) } }, select: { subjectId: true, number: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const numbers = new Map(receipts.map((r) => [r.subjectId, r.number]));
  return sheets.map((s) => {
    const items = s.items.map((i) => ({ topicId: i.topicId, score: i.score, explanation: i.explanation }));
    return {
      id: s.id,
      kind: s.kind as "INDIVIDUAL" | "CONSENSUS",
      providerId: s.providerOrganisationId,
      evaluatorId: s.evaluatorId,
      evaluatorName: s.evaluatorId ? (names.get(s.evaluatorId) ?? "onbekend") : null,
      status: s.status,
      submittedAt: s.submittedAt,
      conclusion: s.conclusion,
      items,
      total: s.status === "SUBMITTED" ? items.reduce((sum, i) => sum + (i.score ?? 0), 0) : null,
      receiptNumber: numbers.get(s.id) ?? null,
    };
  });
}

async function listEvaluators(schoolId: string) {
  const rows = await db.evaluatorAssignment.findMany({ where: { schoolId }, include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, conflictDeclaredAt: r.conflictDeclaredAt }));
}

async function listAssignableUsers(organisationId: string) {
  return db.user.findMany({ where: { organisationId, role: "SCHOOL", active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

async function scoreLevels(procedureId: string) {
  return db.scoreLevel.findMany({ where: { procedureId }, orderBy: { value: "asc" }, select: { value: true, label: true } });
}

// ───────────────────────────── school ─────────────────────────────

/**
 * The school's page: evaluators (every user of the school may manage them),
 * and for the actor as evaluator the declaration and the candidates. The
 * candidates' names appear only once the written round has closed; their
 * plans only after the declaration.
 */
export async function getSchoolScoringOverview(actor: Actor, procedureId: string, schoolId: string, now: Date) {
  if (actor.role !== "SCHOOL") throw new DomainError("FORBIDDEN");
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId, organisationId: actor.organisationId }, include: { cluster: { select: { name: true } } } });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet of is niet van uw organisatie.");
  const milestones = await listMilestones(procedureId);
  const [evaluators, assignable] = await Promise.all([listEvaluators(school.id), listAssignableUsers(school.organisationId)]);
  const me = evaluators.find((e) => e.userId === actor.userId) ?? null;
  const readGate = authorizeAt(actor.role, "writtenPlan.readSealed", milestones, now);
  const scoreGate = authorizeAt(actor.role, "score.submit", milestones, now);
  const base = {
    school: { id: school.id, name: school.name, clusterName: school.cluster.name },
    evaluators, assignable, me,
    sealed: readGate.allowed ? null : readGate.message,
    scoring: scoreGate.allowed ? null : scoreGate.message,
  };
  if (!readGate.allowed || !me) return { ...base, candidates: null };
  const candidates = await listSubmittedPlansOfSchool(school.id);
  if (!me.conflictDeclaredAt) return { ...base, candidates: candidates.map((c) => ({ providerId: c.providerId, providerName: c.providerName, mine: null, consensus: null, submittedCount: 0 })) };
  const sheets = await loadSheets({ schoolId: school.id });
  return {
    ...base,
    candidates: candidates.map((c) => {
      const own = sheets.find((s) => s.kind === "INDIVIDUAL" && s.providerId === c.providerId && s.evaluatorId === actor.userId);
      const consensus = sheets.find((s) => s.kind === "CONSENSUS" && s.providerId === c.providerId);
      return {
        providerId: c.providerId,
        providerName: c.providerName,
        mine: own ? own.status : null,
        consensus: consensus ? consensus.status : null,
        submittedCount: sheets.filter((s) => s.kind === "INDIVIDUAL" && s.providerId === c.providerId && s.status === "SUBMITTED" && evaluators.some((e) => e.userId === s.evaluatorId)).length,
      };
    }),
  };
}

/**
 * One candidate for an evaluator: the plan, the own sheet, and the other
 * evaluators' submitted sheets only once the own sheet is submitted.
 */
export async function getCandidateScoring(actor: Actor, procedureId: string, schoolId: string, providerId: string, now: Date) {
  const school = await assertPlanReader(actor, procedureId, schoolId, now);
  const plan = await getSubmittedPlanOfCandidate(school.id, providerId);
  const [topics, levels, sheets, evaluators] = await Promise.all([
    listTopics(procedureId), scoreLevels(procedureId), loadSheets({ schoolId: school.id, providerOrganisationId: providerId }), listEvaluators(school.id),
  ]);
  const own = sheets.find((s) => s.kind === "INDIVIDUAL" && s.evaluatorId === actor.userId) ?? null;
  const ownSubmitted = own?.status === "SUBMITTED";
  const scoreGate = authorizeAt(actor.role, "score.submit", await listMilestones(procedureId), now);
  const consensus = sheets.find((s) => s.kind === "CONSENSUS") ?? null;
  return {
    school: { id: school.id, name: school.name },
    plan, topics, levels, own,
    scoring: scoreGate.allowed ? null : scoreGate.message,
    others: ownSubmitted ? sheets.filter((s) => s.kind === "INDIVIDUAL" && s.evaluatorId !== actor.userId && s.status === "SUBMITTED") : null,
    evaluators: evaluators.map((e) => ({ name: e.name, submitted: sheets.some((s) => s.kind === "INDIVIDUAL" && s.evaluatorId === e.userId && s.status === "SUBMITTED") })),
    consensus: ownSubmitted ? consensus : consensus ? { ...consensus, items: [], conclusion: null, total: null } : null,
  };
}

/** The consensus form: every evaluator's submitted sheet (all must be in), and the consensus sheet. */
export async function getConsensusScoring(actor: Actor, procedureId: string, schoolId: string, providerId: string, now: Date) {
  const view = await getCandidateScoring(actor, procedureId, schoolId, providerId, now);
  const missing = view.evaluators.filter((e) => !e.submitted).map((e) => e.name);
  return { ...view, missing, individual: missing.length === 0 && view.others ? [...(view.own ? [view.own] : []), ...view.others] : [] };
}

// ───────────────────────────── staff ─────────────────────────────

function assertStaff(actor: Actor) {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
}

/** Per school: plans submitted, evaluators, sheets. Counts only, so nothing sealed is shown. */
export async function listSelectionOverviewForStaff(actor: Actor, procedureId: string, now: Date) {
  assertStaff(actor);
  const schools = await db.school.findMany({ where: { procedureId }, orderBy: [{ cluster: { sortOrder: "asc" } }, { sortOrder: "asc" }], include: { cluster: { select: { name: true } } } });
  const gate = authorizeAt(actor.role, "writtenPlan.readSealed", await listMilestones(procedureId), now);
  const rows = await Promise.all(
    schools.map(async (s) => {
      const [plans, evaluators, individual, consensus] = await Promise.all([
        listSubmittedPlansOfSchool(s.id),
        listEvaluators(s.id),
        db.scoreSheet.count({ where: { schoolId: s.id, kind: "INDIVIDUAL", status: "SUBMITTED" } }),
        db.scoreSheet.count({ where: { schoolId: s.id, kind: "CONSENSUS", status: "SUBMITTED" } }),
      ]);
      return {
        id: s.id, name: s.name, clusterName: s.cluster.name,
        plans: plans.length, evaluators: evaluators.length, declared: evaluators.filter((e) => e.conflictDeclaredAt).length,
        individualSubmitted: individual, consensusSubmitted: consensus,
      };
    }),
  );
  return { sealed: gate.allowed ? null : gate.message, rows };
}

/** One school for staff: evaluators, plans (content only after the close), and every individual and consensus sheet. */
export async function getSchoolSelectionForStaff(actor: Actor, procedureId: string, schoolId: string, now: Date) {
  assertStaff(actor);
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId }, include: { cluster: { select: { name: true } } } });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet in deze procedure.");
  const gate = authorizeAt(actor.role, "writtenPlan.readSealed", await listMilestones(procedureId), now);
  const [plans, evaluators, assignable, topics, sheets] = await Promise.all([
    listSubmittedPlansOfSchool(school.id), listEvaluators(school.id), listAssignableUsers(school.organisationId), listTopics(procedureId),
    loadSheets({ schoolId: school.id }),
  ]);
  const receipts = await db.receipt.findMany({ where: { kind: "WRITTEN_PLAN", subjectId: { in: plans.map((p) => p.planId) } }, select: { subjectId: true, number: true } });
  const numbers = new Map(receipts.map((r) => [r.subjectId, r.number]));
  return {
    school: { id: school.id, name: school.name, clusterName: school.cluster.name },
    sealed: gate.allowed ? null : gate.message,
    plans: plans.map((p) => ({ ...p, receiptNumber: numbers.get(p.planId) ?? null })),
    evaluators, assignable, topics,
    sheets,
  };
}
