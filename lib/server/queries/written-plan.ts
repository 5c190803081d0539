import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import { windowOf } from "@/lib/domain/policy";
import { windowState } from "@/lib/domain/timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { findAdmissionAnnouncementAt, isAdmissionAnnounced, listAdmittedClusterIds } from "./admitted-providers";
import { listMilestones } from "./procedure";

// Reads of written plans (SPEC §8, issue 7). A provider sees only its own
// plans, for schools of clusters it is admitted for. A plan is sealed until
// the written round closes ("writtenPlan.readSealed", server time): before
// that no school or staff member can open one; a school user moreover must be
// an evaluator of that school who has declared no conflict of interest.

/** The latest submitted version of a chain (a draft on top of it does not replace it). */
export const LATEST_SUBMITTED_PLAN: Prisma.WrittenPlanWhereInput = {
  status: "SUBMITTED",
  submittedAt: { not: null },
  OR: [{ nextVersion: null }, { nextVersion: { status: "DRAFT" } }],
};

export interface TopicDto {
  id: string;
  number: number;
  title: string;
  guidance: string;
  wordLimit: number;
}

export async function listTopics(procedureId: string): Promise<TopicDto[]> {
  return db.topic.findMany({ where: { procedureId }, orderBy: { number: "asc" }, select: { id: true, number: true, title: true, guidance: true, wordLimit: true } });
}

async function receiptNumbers(ids: string[]) {
  const rows = await db.receipt.findMany({ where: { kind: "WRITTEN_PLAN", subjectId: { in: ids } }, select: { subjectId: true, number: true } });
  return new Map(rows.map((r) => [r.subjectId, r.number]));
}

const schoolInclude = { cluster: { select: { id: true, name: true } }, selectionGroup: { select: { name: true } } } as const;

// ───────────────────────────── provider ─────────────────────────────

export type PlanStatus =
  | { kind: "NONE" }
  | { kind: "DRAFT"; version: number }
  | { kind: "SUBMITTED"; version: number; submittedAt: Date; receiptNumber: string | null; hasDraft: boolean };

/** The schools of the clusters the provider is admitted for, with the state of its own plan for each. */
export async function listOwnWrittenRoundSchools(actor: Actor, procedureId: string, now: Date) {
  const announced = await isAdmissionAnnounced(procedureId, now);
  const announcementAt = await findAdmissionAnnouncementAt(procedureId);
  const clusterIds = announced ? await listAdmittedClusterIds(procedureId, actor.organisationId, now) : [];
  const clusters = await db.cluster.findMany({
    where: { procedureId, id: { in: clusterIds } },
    orderBy: { sortOrder: "asc" },
    include: { schools: { orderBy: { sortOrder: "asc" }, include: { selectionGroup: { select: { name: true } } } } },
  });
  const plans = await db.writtenPlan.findMany({
    where: { procedureId, organisationId: actor.organisationId },
    select: { id: true, schoolId: true, version: true, status: true, submittedAt: true },
    orderBy: { version: "desc" },
  });
  const numbers = await receiptNumbers(plans.filter((p) => p.status === "SUBMITTED").map((p) => p.id));
  const statusOf = (schoolId: string): PlanStatus => {
    const chain = plans.filter((p) => p.schoolId === schoolId);
    const head = chain[0];
    const submitted = chain.find((p) => p.status === "SUBMITTED");
    if (!head) return { kind: "NONE" };
    if (submitted?.submittedAt) {
      return { kind: "SUBMITTED", version: submitted.version, submittedAt: submitted.submittedAt, receiptNumber: numbers.get(submitted.id) ?? null, hasDraft: head.status === "DRAFT" };
    }
    return { kind: "DRAFT", version: head.version };
  };
  return {
    announced,
    announcementAt,
    clusters: clusters.map((c) => ({
      id: c.id,
      name: c.name,
      schools: c.schools.map((s) => ({ id: s.id, name: s.name, street: s.street, city: s.city, selectionGroup: s.selectionGroup.name, status: statusOf(s.id) })),
    })),
  };
}

/** A school of the procedure for which the provider is admitted (and announced) at `now`; NOT_FOUND otherwise. */
export async function getSchoolForAdmittedProvider(actor: Actor, procedureId: string, schoolId: string, now: Date) {
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId }, include: schoolInclude });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet in deze procedure.");
  const admitted = await listAdmittedClusterIds(procedureId, actor.organisationId, now);
  if (!admitted.includes(school.clusterId)) {
    throw new DomainError(
      "FORBIDDEN",
      `Uw organisatie is niet toegelaten voor ${school.cluster.name}. Alleen aanbieders die voor dit cluster zijn toegelaten, schrijven een plan voor ${school.name}.`,
    );
  }
  return school;
}

/** Everything the plan editor of one school needs; the provider's own plans only. */
export async function getOwnWrittenPlanEditor(actor: Actor, procedureId: string, schoolId: string, now: Date) {
  const school = await getSchoolForAdmittedProvider(actor, procedureId, schoolId, now);
  const [topics, chain, milestones] = await Promise.all([
    listTopics(procedureId),
    db.writtenPlan.findMany({
      where: { procedureId, schoolId, organisationId: actor.organisationId },
      orderBy: { version: "desc" },
      include: { answers: true, attachment: { select: { id: true, fileName: true, sizeBytes: true, sha256: true } } },
    }),
    listMilestones(procedureId),
  ]);
  const head = chain[0] ?? null;
  const submitted = chain.filter((p) => p.status === "SUBMITTED");
  const numbers = await receiptNumbers(submitted.map((p) => p.id));
  const round = milestones.find((m) => m.key === windowOf("writtenPlan.submit")) ?? null;
  return {
    school: { id: school.id, name: school.name, street: school.street, city: school.city, clusterName: school.cluster.name, selectionGroup: school.selectionGroup.name },
    topics,
    round: round ? { state: windowState(round, now), opensAt: round.opensAt, closesAt: round.closesAt } : null,
    head: head
      ? {
          id: head.id,
          version: head.version,
          status: head.status,
          answers: Object.fromEntries(head.answers.map((a) => [a.topicId, a.body])),
          attachment: head.attachment,
        }
      : null,
    submittedVersions: submitted.map((p) => ({ id: p.id, version: p.version, submittedAt: p.submittedAt as Date, receiptNumber: numbers.get(p.id) ?? null })),
  };
}

// ───────────────────────────── sealed reading (school, staff) ─────────────────────────────

/**
 * The gate before a school or staff member sees anything of the written plans
 * of a school: the round must have closed (server time); a school user must
 * belong to the school's organisation, be assigned as evaluator and have
 * declared no conflict of interest. Returns the school.
 */
export async function assertPlanReader(actor: Actor, procedureId: string, schoolId: string, now: Date, options: { requireDeclaration?: boolean } = {}) {
  const gate = authorizeAt(actor.role, "writtenPlan.readSealed", await listMilestones(procedureId), now);
  if (!gate.allowed) {
    throw new DomainError(gate.code, gate.code === "PHASE_CLOSED" ? `De schriftelijke plannen zijn verzegeld. ${gate.message}` : gate.message);
  }
  const school = await db.school.findFirst({
    where: { id: schoolId, procedureId, ...(actor.role === "SCHOOL" ? { organisationId: actor.organisationId } : {}) },
    include: schoolInclude,
  });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet of is niet van uw organisatie.");
  if (actor.role === "SCHOOL") await assertEvaluator(actor.userId, school, options.requireDeclaration ?? true);
  return school;
}

async function assertEvaluator(userId: string, school: { id: string; name: string }, requireDeclaration: boolean) {
  const assignment = await db.evaluatorAssignment.findUnique({ where: { schoolId_userId: { schoolId: school.id, userId } } });
  if (!assignment) {
    throw new DomainError("FORBIDDEN", `U bent geen beoordelaar voor ${school.name}. Een collega of het Servicebureau kan u als beoordelaar toevoegen.`);
  }
  if (requireDeclaration && !assignment.conflictDeclaredAt) {
    throw new DomainError("FORBIDDEN", "Verklaar eerst dat u geen belangenverstrengeling heeft met de kandidaten. Daarna kunt u de plannen openen.");
  }
  return assignment;
}

/** The candidates of a school: the latest submitted plan of each provider, by provider name. No gate: callers check first. */
export async function listSubmittedPlansOfSchool(schoolId: string) {
  const plans = await db.writtenPlan.findMany({
    where: { schoolId, ...LATEST_SUBMITTED_PLAN },
    select: { id: true, version: true, submittedAt: true, organisation: { select: { id: true, name: true } } },
  });
  return plans
    .map((p) => ({ planId: p.id, version: p.version, submittedAt: p.submittedAt as Date, providerId: p.organisation.id, providerName: p.organisation.name }))
    .sort((a, b) => a.providerName.localeCompare(b.providerName, "nl"));
}

/** The latest submitted plan of one provider for a school, with its texts; NOT_FOUND when the provider is no candidate. No gate. */
export async function getSubmittedPlanOfCandidate(schoolId: string, providerId: string) {
  const plan = await db.writtenPlan.findFirst({
    where: { schoolId, organisationId: providerId, ...LATEST_SUBMITTED_PLAN },
    include: {
      organisation: { select: { id: true, name: true } },
      answers: { include: { topic: { select: { number: true } } } },
      attachment: { select: { id: true, fileName: true, sizeBytes: true, sha256: true } },
    },
  });
  if (!plan) throw new DomainError("NOT_FOUND", "Deze aanbieder heeft voor deze school geen plan ingediend; zij is hier geen kandidaat.");
  const receipt = await db.receipt.findFirst({ where: { kind: "WRITTEN_PLAN", subjectId: plan.id }, select: { number: true } });
  return {
    id: plan.id,
    version: plan.version,
    submittedAt: plan.submittedAt as Date,
    provider: plan.organisation,
    answers: Object.fromEntries(plan.answers.map((a) => [a.topicId, a.body])),
    attachment: plan.attachment,
    receiptNumber: receipt?.number ?? null,
  };
}

/** One candidate's plan for a school or staff member, behind the seal (see assertPlanReader). */
export async function getPlanForReader(actor: Actor | null, procedureId: string, schoolId: string, providerId: string, now: Date) {
  // Nobody reads a plan anonymously; pages and routes ask for a login before this.
  if (!actor) throw new DomainError("FORBIDDEN", "Log in om een schriftelijk plan te lezen.");
  const school = await assertPlanReader(actor, procedureId, schoolId, now);
  const plan = await getSubmittedPlanOfCandidate(school.id, providerId);
  return { school: { id: school.id, name: school.name }, plan, topics: await listTopics(procedureId) };
}

/**
 * For readDocumentForActor: may this school or staff member download this
 * document as the attachment of a submitted written plan? Only behind the
 * same seal as the plan itself.
 */
export async function mayReadWrittenPlanDocument(actor: Actor | null, documentId: string, now: Date): Promise<boolean> {
  if (!actor || actor.role !== "SCHOOL" && actor.role !== "STAFF") return false;
  const plans = await db.writtenPlan.findMany({ where: { attachmentId: documentId, status: "SUBMITTED" }, select: { procedureId: true, schoolId: true } });
  for (const plan of plans) {
    try {
      await assertPlanReader(actor, plan.procedureId, plan.schoolId, now);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return false;
}
