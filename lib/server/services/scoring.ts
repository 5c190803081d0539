import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { sha256Hex, canonicalJson } from "@/lib/domain/receipts";
import { validateDraftScores, validateScoreSheet, type ScoreLevelData } from "@/lib/domain/selection/score-validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseScore, type ConsensusSheetInput, type ScoreItemsInput, type ScoreSheetInput } from "@/lib/schemas/scoring";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { submitWithReceipt } from "../receipts";
import { assertPlanReader, getSubmittedPlanOfCandidate, listSubmittedPlansOfSchool, listTopics } from "../queries/written-plan";

// Scoring of the written plans by the school (SPEC §8, issue 7).
// - Evaluators are users of the school's organisation, assigned by the school
//   or by staff. Each first declares no conflict of interest with the
//   candidates (possible once the written round has closed, when the
//   candidates are known); only then can they open the plans.
// - Each evaluator scores every topic of every candidate on their own
//   (INDIVIDUAL sheet); a submitted sheet is final and gets a receipt.
// - Once every evaluator has submitted for a candidate, the school records
//   one CONSENSUS sheet with a conclusion (receipt kind CONSENSUS).
// Scoring happens in the scoring and interview round ("score.submit").
// A draft sheet may hold a topic without a score yet: ScoreItem.score is then
// null (a submitted sheet always has one of the levels).
// One sheet per kind, school, candidate and evaluator: the unique key guards
// INDIVIDUAL sheets and a partial unique index (migration
// 20261123193413_score_sheet_one_sheet_without_evaluator) the CONSENSUS sheet;
// the advisory lock below makes concurrent saves wait instead of failing.

type Tx = Prisma.TransactionClient;

function schoolWhere(actor: Actor, procedureId: string, schoolId: string) {
  return { id: schoolId, procedureId, ...(actor.role === "SCHOOL" ? { organisationId: actor.organisationId } : {}) };
}

async function getManagedSchool(actor: Actor, procedureId: string, schoolId: string) {
  if (actor.role !== "SCHOOL" && actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  const school = await db.school.findFirst({ where: schoolWhere(actor, procedureId, schoolId) });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet of is niet van uw organisatie.");
  return school;
}

// ───────────────────────────── evaluators ─────────────────────────────

/** The school itself or staff assign a user of the school's organisation as evaluator. Assigning twice changes nothing. */
export async function assignEvaluator({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: { schoolId: string; userId: string }; now: Date }) {
  const school = await getManagedSchool(actor, procedureId, input.schoolId);
  const user = await db.user.findFirst({ where: { id: input.userId, organisationId: school.organisationId, role: "SCHOOL", active: true } });
  if (!user) throw new DomainError("NOT_FOUND", `Deze gebruiker hoort niet (actief) bij ${school.name} en kan geen beoordelaar zijn.`);
  const existing = await db.evaluatorAssignment.findUnique({ where: { schoolId_userId: { schoolId: school.id, userId: user.id } } });
  if (existing) return existing;
  return db.$transaction(async (tx) => {
    const assignment = await tx.evaluatorAssignment.create({ data: { schoolId: school.id, userId: user.id, assignedById: actor.userId, createdAt: now } });
    await recordAudit(tx, actor, now, { action: "evaluator.assign", entityType: "EvaluatorAssignment", entityId: assignment.id, procedureId, after: { schoolId: school.id, userId: user.id, name: user.name } });
    return assignment;
  });
}

/** Removes an evaluator who has not submitted any score for the school yet (a submitted score stays, with its evaluator, for audit). */
export async function removeEvaluator({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: { schoolId: string; userId: string }; now: Date }) {
  const school = await getManagedSchool(actor, procedureId, input.schoolId);
  const assignment = await db.evaluatorAssignment.findUnique({ where: { schoolId_userId: { schoolId: school.id, userId: input.userId } } });
  if (!assignment) throw new DomainError("NOT_FOUND", "Deze beoordelaar is niet (meer) toegewezen.");
  const submitted = await db.scoreSheet.count({ where: { kind: "INDIVIDUAL", schoolId: school.id, evaluatorId: input.userId, status: "SUBMITTED" } });
  if (submitted > 0) {
    throw new DomainError("CONFLICT", "Deze beoordelaar heeft al een beoordeling ingediend. Die blijft bewaard voor de controle; de toewijzing kan daarom niet meer worden ingetrokken.");
  }
  await db.$transaction(async (tx) => {
    await tx.evaluatorAssignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, actor, now, {
      action: "evaluator.remove", entityType: "EvaluatorAssignment", entityId: assignment.id, procedureId,
      before: { schoolId: school.id, userId: input.userId, conflictDeclaredAt: assignment.conflictDeclaredAt?.toISOString() ?? null },
    });
  });
}

/**
 * The evaluator declares to have no conflict of interest with the candidates
 * of the school, whose names the declaration records. Possible from the
 * close of the written round (server time), once.
 */
export async function declareNoConflict({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: { schoolId: string }; now: Date }) {
  if (actor.role !== "SCHOOL") throw new DomainError("FORBIDDEN");
  const school = await assertPlanReader(actor, procedureId, input.schoolId, now, { requireDeclaration: false });
  const assignment = await db.evaluatorAssignment.findUniqueOrThrow({ where: { schoolId_userId: { schoolId: school.id, userId: actor.userId } } });
  if (assignment.conflictDeclaredAt) return assignment;
  const candidates = (await listSubmittedPlansOfSchool(school.id)).map((c) => c.providerName);
  return db.$transaction(async (tx) => {
    const updated = await tx.evaluatorAssignment.update({ where: { id: assignment.id }, data: { conflictDeclaredAt: now } });
    await recordAudit(tx, actor, now, { action: "evaluator.declareNoConflict", entityType: "EvaluatorAssignment", entityId: assignment.id, procedureId, after: { schoolId: school.id, candidates } });
    return updated;
  });
}

// ───────────────────────────── score sheets ─────────────────────────────

async function sheetContext(actor: Actor, procedureId: string, input: { schoolId: string; providerId: string }, now: Date) {
  if (actor.role !== "SCHOOL") throw new DomainError("FORBIDDEN");
  await assertAllowed(actor, "score.submit", procedureId, now);
  const school = await assertPlanReader(actor, procedureId, input.schoolId, now);
  const plan = await getSubmittedPlanOfCandidate(school.id, input.providerId);
  const [topics, levels] = await Promise.all([
    listTopics(procedureId),
    db.scoreLevel.findMany({ where: { procedureId }, orderBy: { value: "asc" }, select: { value: true, label: true } }),
  ]);
  return { school, plan, topics, levels };
}

function itemsOf(items: ScoreItemsInput, topics: { id: string }[]) {
  const known = new Set(topics.map((t) => t.id));
  if (Object.keys(items).some((id) => !known.has(id))) {
    throw new DomainError("VALIDATION", "Dit formulier hoort bij een verouderde versie van de onderwerpen. Laad de pagina opnieuw.");
  }
  return topics.map((t) => ({ topicId: t.id, score: parseScore(items[t.id]?.score ?? ""), explanation: items[t.id]?.explanation ?? "" }));
}

type Items = ReturnType<typeof itemsOf>;

async function lockSheet(tx: Tx, kind: string, schoolId: string, providerId: string, evaluatorId: string | null) {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`score:${kind}:${schoolId}:${providerId}:${evaluatorId ?? ""}`}))) AS l`;
}

/** Writes a sheet (draft or submitted) with its items, inside the caller's transaction. A submitted sheet is never changed. */
async function writeSheet(tx: Tx, args: {
  kind: "INDIVIDUAL" | "CONSENSUS"; schoolId: string; providerId: string; evaluatorId: string | null; writtenPlanId: string;
  items: Items; conclusion: string | null; submittedAt: Date | null;
}) {
  await lockSheet(tx, args.kind, args.schoolId, args.providerId, args.evaluatorId);
  const existing = await tx.scoreSheet.findFirst({ where: { kind: args.kind, schoolId: args.schoolId, providerOrganisationId: args.providerId, evaluatorId: args.evaluatorId } });
  if (existing?.status === "SUBMITTED") {
    throw new DomainError(
      "CONFLICT",
      args.kind === "CONSENSUS"
        ? "De gezamenlijke beoordeling van deze aanbieder is al ingediend; een ingediende beoordeling verandert niet meer."
        : "U heeft uw beoordeling van deze aanbieder al ingediend; een ingediende beoordeling verandert niet meer.",
    );
  }
  const data = {
    writtenPlanId: args.writtenPlanId, conclusion: args.conclusion,
    status: args.submittedAt ? ("SUBMITTED" as const) : ("DRAFT" as const), submittedAt: args.submittedAt,
  };
  const sheet = existing
    ? await tx.scoreSheet.update({ where: { id: existing.id }, data })
    : await tx.scoreSheet.create({ data: { ...data, kind: args.kind, schoolId: args.schoolId, providerOrganisationId: args.providerId, evaluatorId: args.evaluatorId } });
  await tx.scoreItem.deleteMany({ where: { sheetId: sheet.id } });
  // Scores are checked by the caller: one of the levels, or (in a draft) none yet.
  const rows = args.items
    .filter((i) => i.score !== null || i.explanation.trim() !== "")
    .map((i) => ({ sheetId: sheet.id, topicId: i.topicId, score: i.score, explanation: i.explanation }));
  if (rows.length > 0) await tx.scoreItem.createMany({ data: rows });
  return sheet;
}

function refuseInvalid(errors: Record<string, string>): void {
  if (Object.keys(errors).length > 0) {
    throw new DomainError("VALIDATION", "De beoordeling is niet ingediend: controleer de gemarkeerde velden. Uw concept blijft bewaard.", errors);
  }
}

/** A draft with a score outside the levels is refused as a whole, with the field marked; the saved draft stays as it was. */
function refuseInvalidDraft(items: Items, levels: ScoreLevelData[]): void {
  const errors = validateDraftScores(items, levels);
  if (Object.keys(errors).length > 0) {
    throw new DomainError("VALIDATION", "Het concept is niet opgeslagen: controleer de gemarkeerde score. Uw invoer staat nog in het formulier.", errors);
  }
}

/** Saves the evaluator's own draft scores for one candidate. */
export async function saveIndividualScoreDraft({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: ScoreSheetInput; now: Date }) {
  const { school, plan, topics, levels } = await sheetContext(actor, procedureId, input, now);
  const items = itemsOf(input.items, topics);
  refuseInvalidDraft(items, levels);
  await db.$transaction((tx) =>
    writeSheet(tx, { kind: "INDIVIDUAL", schoolId: school.id, providerId: plan.provider.id, evaluatorId: actor.userId, writtenPlanId: plan.id, items, conclusion: null, submittedAt: null }),
  );
  return { savedAt: now };
}

/**
 * Submits the evaluator's own scores for one candidate: a score from the
 * procedure's levels and a real explanation for every topic. The receipt
 * holds the SHA-256 of each topic's score and explanation, not the scores:
 * colleagues of the same school can open the school's receipts, and must not
 * see these scores before submitting their own.
 */
export async function submitIndividualScore({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: ScoreSheetInput; idempotencyKey: string; now: Date;
}) {
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    const { school, plan, topics, levels } = await sheetContext(actor, procedureId, input, now);
    const items = itemsOf(input.items, topics);
    refuseInvalid(validateScoreSheet({ items }, { topics, levels }));
    const sheet = await writeSheet(tx, {
      kind: "INDIVIDUAL", schoolId: school.id, providerId: plan.provider.id, evaluatorId: actor.userId, writtenPlanId: plan.id,
      items, conclusion: null, submittedAt: now,
    });
    await recordAudit(tx, actor, now, { action: "score.submit", entityType: "ScoreSheet", entityId: sheet.id, procedureId, after: { kind: "INDIVIDUAL", schoolId: school.id, providerId: plan.provider.id, writtenPlanVersion: plan.version } });
    const content = {
      school: school.name,
      candidate: plan.provider.name,
      writtenPlanVersion: plan.version,
      evaluator: actor.name,
      sealed: "Uw scores zijn vertrouwelijk; per onderwerp staat hier de SHA-256 van de canonieke JSON van {score, toelichting}.",
      topics: topics.map((t) => {
        const item = items.find((i) => i.topicId === t.id);
        return { number: t.number, sha256: sha256Hex(canonicalJson({ score: item?.score ?? null, toelichting: item?.explanation ?? "" })) };
      }),
    };
    return { procedureId, kind: "SCORE", subjectId: sheet.id, version: 1, content };
  });
}

/** The consensus needs every current evaluator's own submitted sheet for this candidate first. */
async function assertAllIndividualSheetsIn(schoolId: string, providerId: string): Promise<void> {
  const evaluators = await db.evaluatorAssignment.findMany({ where: { schoolId }, include: { user: { select: { id: true, name: true } } } });
  const submitted = new Set(
    (await db.scoreSheet.findMany({ where: { kind: "INDIVIDUAL", schoolId, providerOrganisationId: providerId, status: "SUBMITTED" }, select: { evaluatorId: true } })).map((s) => s.evaluatorId),
  );
  const missing = evaluators.filter((e) => !submitted.has(e.user.id)).map((e) => e.user.name);
  if (missing.length > 0) {
    throw new DomainError("FORBIDDEN", `De gezamenlijke beoordeling kan pas als alle beoordelaars hun eigen beoordeling van deze aanbieder hebben ingediend. Nog niet ingediend: ${missing.join(", ")}.`);
  }
}

export async function saveConsensusDraft({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: ConsensusSheetInput; now: Date }) {
  const { school, plan, topics, levels } = await sheetContext(actor, procedureId, input, now);
  await assertAllIndividualSheetsIn(school.id, plan.provider.id);
  const items = itemsOf(input.items, topics);
  refuseInvalidDraft(items, levels);
  await db.$transaction((tx) =>
    writeSheet(tx, { kind: "CONSENSUS", schoolId: school.id, providerId: plan.provider.id, evaluatorId: null, writtenPlanId: plan.id, items, conclusion: input.conclusion, submittedAt: null }),
  );
  return { savedAt: now };
}

/** The school's one agreed score and explanation per topic, with a conclusion; final once submitted. */
export async function submitConsensus({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: ConsensusSheetInput; idempotencyKey: string; now: Date;
}) {
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    const { school, plan, topics, levels } = await sheetContext(actor, procedureId, input, now);
    await assertAllIndividualSheetsIn(school.id, plan.provider.id);
    const items = itemsOf(input.items, topics);
    refuseInvalid(validateScoreSheet({ items, conclusion: input.conclusion }, { topics, levels, requireConclusion: true }));
    const sheet = await writeSheet(tx, {
      kind: "CONSENSUS", schoolId: school.id, providerId: plan.provider.id, evaluatorId: null, writtenPlanId: plan.id,
      items, conclusion: input.conclusion, submittedAt: now,
    });
    await recordAudit(tx, actor, now, { action: "score.consensus", entityType: "ScoreSheet", entityId: sheet.id, procedureId, after: { kind: "CONSENSUS", schoolId: school.id, providerId: plan.provider.id, writtenPlanVersion: plan.version } });
    const content = {
      school: school.name,
      candidate: plan.provider.name,
      writtenPlanVersion: plan.version,
      topics: topics.map((t) => {
        const item = items.find((i) => i.topicId === t.id);
        return { number: t.number, title: t.title, score: item?.score ?? null, explanation: item?.explanation ?? "" };
      }),
      total: items.reduce((sum, i) => sum + (i.score ?? 0), 0),
      conclusion: input.conclusion,
    };
    return { procedureId, kind: "CONSENSUS", subjectId: sheet.id, version: 1, content };
  });
}
