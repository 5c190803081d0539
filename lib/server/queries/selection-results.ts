import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/policy";
import { consensusTotal, determineInvitations, type InvitationSet } from "@/lib/domain/selection/ranking";
import { standstillStatus } from "@/lib/domain/selection/standstill";
import { db } from "../db";
import { listMilestones } from "./procedure";
import { findOwnTie, listTieRecords } from "./selection-ties";

// Reads of the second half of the selection (SPEC §8, issue 7 part 2):
// ranking by consensus total, invitations and tie resolutions, interviews and
// the school's choice. What each role may read of a published result is in
// ./selection-outcomes.ts. A foreign id is NOT_FOUND.

export async function listTopics(procedureId: string) {
  return db.topic.findMany({ where: { procedureId }, orderBy: { number: "asc" }, select: { id: true, number: true, title: true } });
}

export async function listScoreLevels(procedureId: string) {
  return db.scoreLevel.findMany({ where: { procedureId }, orderBy: { value: "asc" }, select: { value: true, label: true } });
}

/** Is one of the actions allowed now (policy table + timeline)? Returns the first refusal otherwise. */
export async function firstAllowed(actor: Actor, actions: Action[], procedureId: string, now: Date) {
  const milestones = await listMilestones(procedureId);
  const results = actions.map((a) => authorizeAt(actor.role, a, milestones, now));
  return results.find((r) => r.allowed) ?? results[0] ?? { allowed: false as const, code: "FORBIDDEN" as const, message: "" };
}

export async function getSchoolInProcedure(procedureId: string, schoolId: string) {
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId }, include: { selectionGroup: true, cluster: true } });
  if (!school) throw new DomainError("NOT_FOUND", "Deze school bestaat niet.");
  return school;
}

/** The actor's own school (SCHOOL role); another school's id is NOT_FOUND. */
export async function getOwnSchool(actor: Actor, procedureId: string, schoolId: string) {
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId, organisationId: actor.organisationId }, include: { selectionGroup: true } });
  if (!school || actor.role !== "SCHOOL") throw new DomainError("NOT_FOUND", "Deze school bestaat niet of is niet van uw organisatie.");
  return school;
}

// ───────────────────────────── ranking ─────────────────────────────

export interface CandidateRow {
  providerId: string;
  name: string;
  /** Consensus score per topic id; empty when the consensus is missing. */
  scores: Record<string, number>;
  totalScore: number | null;
  consensusSubmitted: boolean;
}

/**
 * The candidates of a school (providers with a submitted written plan or a
 * consensus sheet for it) with their consensus totals, the invitations if
 * fixed, else the preview from the domain ranking, and the tie resolution.
 */
export async function loadSchoolRanking(procedureId: string, schoolId: string) {
  const school = await getSchoolInProcedure(procedureId, schoolId);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });
  const topics = await listTopics(procedureId);
  const topicIds = topics.map((t) => t.id);
  const [plans, sheets, invitations, { ties }] = await Promise.all([
    db.writtenPlan.findMany({ where: { schoolId, status: "SUBMITTED" }, select: { organisationId: true } }),
    db.scoreSheet.findMany({ where: { kind: "CONSENSUS", schoolId }, include: { items: true } }),
    db.interviewInvitation.findMany({ where: { schoolId }, orderBy: [{ rank: "asc" }, { providerOrganisationId: "asc" }] }),
    listTieRecords(schoolId),
  ]);
  const ids = [...new Set([...plans.map((p) => p.organisationId), ...sheets.map((s) => s.providerOrganisationId)])];
  const names = new Map((await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const candidates: CandidateRow[] = ids.map((providerId) => {
    const sheet = sheets.find((s) => s.providerOrganisationId === providerId && s.status === "SUBMITTED");
    let totalScore: number | null = null;
    if (sheet) {
      try {
        totalScore = consensusTotal(sheet.items.map((i) => ({ topicId: i.topicId, score: i.score })), topicIds);
      } catch {
        totalScore = null;
      }
    }
    return {
      providerId, name: names.get(providerId) ?? providerId, totalScore, consensusSubmitted: totalScore !== null,
      scores: Object.fromEntries((sheet?.items ?? []).flatMap((i) => (i.score === null ? [] : [[i.topicId, i.score] as const]))),
    };
  }).sort((a, b) => (b.totalScore ?? -1) - (a.totalScore ?? -1) || a.name.localeCompare(b.name, "nl"));
  const missing = candidates.filter((c) => !c.consensusSubmitted).map((c) => c.name);
  const preview: InvitationSet | null = missing.length === 0 && candidates.length > 0
    ? determineInvitations(candidates.map((c) => ({ providerId: c.providerId, totalScore: c.totalScore as number })), procedure.maxInvitedPerSchool)
    : null;
  return {
    school, procedure, topics, candidates, missing, preview, names,
    invitations: invitations.map((i) => ({ ...i, name: names.get(i.providerOrganisationId) ?? i.providerOrganisationId })),
    ties,
  };
}

// ───────────────────────────── interviews ─────────────────────────────

/** Providers invited for at least one school of the group, with those schools and their interview. */
export async function loadGroupInterviews(procedureId: string, selectionGroupId: string) {
  const group = await db.selectionGroup.findFirst({ where: { id: selectionGroupId, procedureId }, include: { schools: { orderBy: { sortOrder: "asc" } } } });
  if (!group) throw new DomainError("NOT_FOUND", "Deze selectiegroep bestaat niet.");
  const invitations = await db.interviewInvitation.findMany({
    where: { invited: true, schoolId: { in: group.schools.map((s) => s.id) } },
    include: { provider: { select: { id: true, name: true } }, school: { select: { name: true } } },
  });
  const interviews = await db.interview.findMany({ where: { selectionGroupId } });
  const byProvider = new Map<string, { providerId: string; name: string; schools: string[] }>();
  for (const i of invitations) {
    const row = byProvider.get(i.providerOrganisationId) ?? { providerId: i.providerOrganisationId, name: i.provider.name, schools: [] };
    row.schools.push(i.school.name);
    byProvider.set(i.providerOrganisationId, row);
  }
  const providers = [...byProvider.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((p) => ({ ...p, interview: interviews.find((iv) => iv.providerOrganisationId === p.providerId) ?? null }));
  const schoolsDetermined = await db.interviewInvitation.groupBy({ by: ["schoolId"], where: { schoolId: { in: group.schools.map((s) => s.id) } } });
  return { group, providers, undetermined: group.schools.filter((s) => !schoolsDetermined.some((d) => d.schoolId === s.id)).map((s) => s.name) };
}

/** The provider's invitations per school and its interview slots (own organisation only). */
export async function listOwnInterviews(actor: Actor, procedureId: string) {
  const invitations = await db.interviewInvitation.findMany({
    where: { providerOrganisationId: actor.organisationId, school: { procedureId } },
    include: { school: { include: { selectionGroup: true } } },
    orderBy: { school: { sortOrder: "asc" } },
  });
  const interviews = await db.interview.findMany({
    where: { providerOrganisationId: actor.organisationId, selectionGroup: { procedureId } },
    include: { selectionGroup: true },
    orderBy: { startsAt: "asc" },
  });
  const ties = await Promise.all(invitations.map((i) => findOwnTie(i.schoolId, actor.organisationId)));
  return {
    // Rank and score stay out of this view until publication (see listOwnResults);
    // a tie at the cut-off is explained at once, without them.
    invitations: invitations.map((i, n) => ({ schoolId: i.schoolId, school: i.school.name, selectionGroup: i.school.selectionGroup.name, invited: i.invited, tie: ties[n] ?? null })),
    interviews: interviews.map((iv) => ({
      id: iv.id, selectionGroup: iv.selectionGroup.name, startsAt: iv.startsAt, endsAt: iv.endsAt, location: iv.location, confirmedAt: iv.confirmedAt,
      schools: invitations.filter((i) => i.invited && i.school.selectionGroupId === iv.selectionGroupId).map((i) => i.school.name),
    })),
  };
}

// ───────────────────────────── the school's choice ─────────────────────────────

/** The latest submitted choice of a school, with its providers. */
export async function findLatestChoice(schoolId: string) {
  return db.schoolChoice.findFirst({
    where: { schoolId, status: "SUBMITTED" },
    orderBy: { version: "desc" },
    include: { providers: { include: { provider: { select: { id: true, name: true } } } } },
  });
}

/** The choice of a school published at `now` (at most one version is ever published). */
export async function findPublishedChoice(schoolId: string, now: Date) {
  return db.schoolChoice.findFirst({
    where: { schoolId, status: "SUBMITTED", publishedAt: { not: null, lte: now } },
    include: { providers: { include: { provider: { select: { id: true, name: true } } } } },
  });
}

/**
 * Per invited provider of a school: its interview, whether it has been held
 * (start passed at `now`), and the school's interview assessment. Eligible
 * for the choice: invited, interviewed and assessed.
 */
export async function loadInterviewedProviders(schoolId: string, selectionGroupId: string, now: Date) {
  const invited = await db.interviewInvitation.findMany({
    where: { schoolId, invited: true },
    include: { provider: { select: { id: true, name: true } } },
    orderBy: [{ rank: "asc" }, { providerOrganisationId: "asc" }],
  });
  const ids = invited.map((i) => i.providerOrganisationId);
  const [interviews, sheets] = await Promise.all([
    db.interview.findMany({ where: { selectionGroupId, providerOrganisationId: { in: ids } } }),
    db.scoreSheet.findMany({ where: { kind: "INTERVIEW", schoolId, providerOrganisationId: { in: ids } }, include: { items: true } }),
  ]);
  return invited.map((i) => {
    const interview = interviews.find((iv) => iv.providerOrganisationId === i.providerOrganisationId) ?? null;
    const sheet = sheets.find((s) => s.providerOrganisationId === i.providerOrganisationId) ?? null;
    const held = interview !== null && interview.startsAt.getTime() <= now.getTime();
    const assessed = sheet?.status === "SUBMITTED";
    return { providerId: i.providerOrganisationId, name: i.provider.name, rank: i.rank, totalScore: i.totalScore, interview, held, sheet, assessed, eligible: held && assessed };
  });
}

/** The school's own choice page: its invited providers, interview assessments and choice versions. */
export async function getSchoolChoiceView(actor: Actor, procedureId: string, schoolId: string, now: Date) {
  const school = await getOwnSchool(actor, procedureId, schoolId);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });
  const [providers, topics, levels, latest, published, assess, choose, tieRecords] = await Promise.all([
    loadInterviewedProviders(school.id, school.selectionGroupId, now),
    listTopics(procedureId),
    listScoreLevels(procedureId),
    findLatestChoice(school.id),
    findPublishedChoice(school.id, now),
    firstAllowed(actor, ["score.submit", "choice.submit"], procedureId, now),
    firstAllowed(actor, ["choice.submit"], procedureId, now),
    // The school sees the full record of a tie at its cut-off (decision 0013, "Shown to").
    listTieRecords(school.id),
  ]);
  const receipt = latest ? await db.receipt.findFirst({ where: { kind: "CHOICE", subjectId: latest.id }, select: { number: true } }) : null;
  return {
    school, topics, levels, providers, ties: tieRecords.ties, tieNames: tieRecords.names,
    rules: { minChosen: procedure.minChosenPerSchool, maxChosen: procedure.maxChosenPerSchool },
    latest: latest ? { ...latest, receiptNumber: receipt?.number ?? null } : null,
    published: published ? { publishedAt: published.publishedAt as Date, endsAt: standstillStatus(published.publishedAt, now, procedure.standstillDays).standstill?.endsAt ?? null } : null,
    assessOpen: assess.allowed ? null : assess.message,
    chooseOpen: choose.allowed ? null : choose.message,
  };
}

export async function listOwnSchoolsForChoice(actor: Actor, procedureId: string) {
  const schools = await db.school.findMany({ where: { procedureId, organisationId: actor.organisationId }, orderBy: { sortOrder: "asc" } });
  return Promise.all(schools.map(async (s) => ({
    id: s.id, name: s.name,
    invited: await db.interviewInvitation.count({ where: { schoolId: s.id, invited: true } }),
    choice: await findLatestChoice(s.id),
  })));
}

// ───────────────────────────── results ─────────────────────────────

// ───────────────────────────── staff overview ─────────────────────────────

export async function listInvitationOverview(procedureId: string) {
  const groups = await db.selectionGroup.findMany({
    where: { procedureId },
    orderBy: { sortOrder: "asc" },
    include: { schools: { orderBy: { sortOrder: "asc" } }, interviews: { select: { id: true, confirmedAt: true } } },
  });
  return Promise.all(groups.map(async (g) => ({
    id: g.id, name: g.name,
    interviews: g.interviews.length, confirmed: g.interviews.filter((i) => i.confirmedAt).length,
    schools: await Promise.all(g.schools.map(async (s) => {
      const [candidates, consensus, invited, determined, choice] = await Promise.all([
        db.writtenPlan.findMany({ where: { schoolId: s.id, status: "SUBMITTED" }, distinct: ["organisationId"], select: { organisationId: true } }),
        db.scoreSheet.count({ where: { kind: "CONSENSUS", schoolId: s.id, status: "SUBMITTED" } }),
        db.interviewInvitation.count({ where: { schoolId: s.id, invited: true } }),
        db.interviewInvitation.count({ where: { schoolId: s.id } }),
        findLatestChoice(s.id),
      ]);
      return {
        id: s.id, name: s.name, candidates: candidates.length, consensus, invited, determined: determined > 0,
        choice: choice ? { version: choice.version, published: choice.publishedAt !== null } : null,
      };
    })),
  })));
}
