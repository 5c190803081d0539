import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { standstillStatus } from "@/lib/domain/selection/standstill";
import type { OwnTieView } from "@/lib/domain/selection/tie-view";
import { db } from "../db";
import { findLatestChoice, findPublishedChoice, getSchoolInProcedure, listTopics } from "./selection-results";
import { findOwnTie } from "./selection-ties";

// What each role may read of a school's selection result (SPEC §8, issue 7).
// Confidentiality: a provider sees only its own scores and only once the
// school's result is published; a school only its own schools;
// municipalities and the public only the published choice (never scores). A
// foreign or unpublished id is NOT_FOUND. "Published" means published at
// `now`: publishedAt <= now, like ./public-selection-results.ts, so a demo
// clock set back hides it again.

export const NOT_PUBLISHED = "De uitslag van deze school is (nog) niet gepubliceerd of niet voor u zichtbaar.";

export interface TopicScore { number: number; title: string; score: number; explanation: string }

/** Published at `now`: staff set a publication moment that has been reached. */
export function isPublishedAt(publishedAt: Date | null, now: Date): publishedAt is Date {
  return publishedAt !== null && publishedAt.getTime() <= now.getTime();
}

export interface ProviderResult {
  schoolId: string;
  school: string;
  publishedAt: Date;
  standstillEndsAt: Date;
  standstillLastDay: string;
  isFinal: boolean;
  /** Own consensus scores, explanations and conclusion. */
  own: { totalScore: number | null; rank: number | null; invited: boolean; conclusion: string | null; items: TopicScore[] };
  /** The tie at the cut-off the provider was part of, as it may see it; null when none. */
  tie: OwnTieView | null;
  /** The school's own assessment of the provider's interview (invited and assessed providers only). */
  interview: { conclusion: string | null; items: TopicScore[] } | null;
  chosen: { name: string; isSelf: boolean }[];
  motivation: string;
  advantages: string;
}

/** The published result of one school for one provider that took part (submitted a plan or was scored). */
async function providerResult(procedureId: string, schoolId: string, providerId: string, now: Date): Promise<ProviderResult | null> {
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId } });
  const choice = school ? await findPublishedChoice(school.id, now) : null;
  if (!school || !isPublishedAt(choice?.publishedAt ?? null, now) || !choice) return null;
  return resultOfChoice(procedureId, school, choice, providerId, now);
}

/**
 * For staff only (the result letter, also as a draft before publication):
 * the result of the latest submitted choice for one provider that took part.
 */
export async function getProviderResultForStaff(procedureId: string, schoolId: string, providerId: string, now: Date) {
  const school = await getSchoolInProcedure(procedureId, schoolId);
  const choice = await findLatestChoice(school.id);
  if (!choice) throw new DomainError("NOT_FOUND", `${school.name} heeft nog geen keuze ingediend.`);
  const published = isPublishedAt(choice.publishedAt, now);
  const result = await resultOfChoice(procedureId, school, published ? choice : { ...choice, publishedAt: null }, providerId, published ? (choice.publishedAt as Date) : now);
  if (!result) throw new DomainError("NOT_FOUND", `Deze aanbieder heeft geen plan ingediend voor ${school.name}.`);
  const provider = await db.organisation.findUniqueOrThrow({ where: { id: providerId }, select: { name: true, street: true, postalCode: true, city: true } });
  return { ...result, provider, published, choiceVersion: choice.version };
}

type ChoiceWithProviders = NonNullable<Awaited<ReturnType<typeof findLatestChoice>>>;

async function resultOfChoice(procedureId: string, school: { id: string; name: string }, choice: ChoiceWithProviders, providerId: string, now: Date): Promise<ProviderResult | null> {
  const schoolId = school.id;
  const publishedAt = choice.publishedAt ?? now;
  const [plan, sheet, invitation, topics, procedure, interviewSheet, tie] = await Promise.all([
    db.writtenPlan.findFirst({ where: { schoolId, organisationId: providerId, status: "SUBMITTED" }, select: { id: true } }),
    db.scoreSheet.findFirst({ where: { kind: "CONSENSUS", schoolId, providerOrganisationId: providerId, status: "SUBMITTED" }, include: { items: true } }),
    db.interviewInvitation.findUnique({ where: { schoolId_providerOrganisationId: { schoolId, providerOrganisationId: providerId } } }),
    listTopics(procedureId),
    db.procedure.findUniqueOrThrow({ where: { id: procedureId } }),
    // Only the provider's own interview, and only a submitted assessment.
    db.scoreSheet.findFirst({ where: { kind: "INTERVIEW", schoolId, providerOrganisationId: providerId, status: "SUBMITTED" }, include: { items: true } }),
    findOwnTie(schoolId, providerId),
  ]);
  if (!plan && !sheet) return null;
  const status = standstillStatus(publishedAt, now, procedure.standstillDays);
  const perTopic = (items: { topicId: string; score: number | null; explanation: string }[]): TopicScore[] => topics.flatMap((t) => {
    const item = items.find((i) => i.topicId === t.id);
    return item && item.score !== null ? [{ number: t.number, title: t.title, score: item.score, explanation: item.explanation }] : [];
  });
  return {
    schoolId, school: school.name, publishedAt,
    standstillEndsAt: status.standstill?.endsAt as Date, standstillLastDay: status.standstill?.lastDay ?? "", isFinal: status.isFinal,
    own: {
      totalScore: invitation?.totalScore ?? null, rank: invitation?.rank ?? null, invited: invitation?.invited ?? false, conclusion: sheet?.conclusion ?? null,
      items: perTopic(sheet?.items ?? []),
    },
    tie,
    interview: invitation?.invited && interviewSheet ? { conclusion: interviewSheet.conclusion, items: perTopic(interviewSheet.items) } : null,
    chosen: choice.providers.map((p) => ({ name: p.provider.name, isSelf: p.providerOrganisationId === providerId })),
    motivation: choice.motivation,
    advantages: choice.advantages,
  };
}

/** Every published result of a school the provider took part in (own organisation). */
export async function listOwnResults(actor: Actor, procedureId: string, now: Date): Promise<ProviderResult[]> {
  if (actor.role !== "PROVIDER") throw new DomainError("FORBIDDEN");
  const [plans, sheets] = await Promise.all([
    db.writtenPlan.findMany({ where: { procedureId, organisationId: actor.organisationId, status: "SUBMITTED" }, select: { schoolId: true } }),
    db.scoreSheet.findMany({ where: { kind: "CONSENSUS", providerOrganisationId: actor.organisationId, school: { procedureId } }, select: { schoolId: true } }),
  ]);
  const schoolIds = [...new Set([...plans, ...sheets].map((r) => r.schoolId))];
  const results = await Promise.all(schoolIds.map((id) => providerResult(procedureId, id, actor.organisationId, now)));
  return results.filter((r): r is ProviderResult => r !== null).sort((a, b) => a.school.localeCompare(b.school, "nl"));
}

export type SelectionResultView =
  | { audience: "PROVIDER"; result: ProviderResult }
  | { audience: "STAFF" | "SCHOOL"; school: string; published: boolean; publishedAt: Date | null; chosen: string[]; motivation: string; advantages: string; standstillEndsAt: Date | null }
  | { audience: "MUNICIPALITY" | "PUBLIC"; school: string; publishedAt: Date; chosen: string[]; standstillEndsAt: Date; motivation: string | null };

/**
 * The result of one school as the actor (null: the public) may see it.
 * - Staff: the latest submitted choice, published or not.
 * - The school itself: its own latest submitted choice; another school NOT_FOUND.
 * - A provider: only once published, only if it took part, only its own scores
 *   (a provider that did not take part reads what the public reads).
 * - The municipality of the school: once published, the chosen providers and the motivation.
 * - Anyone else (other municipalities, councils, the public): once published, the chosen providers.
 */
export async function getSelectionResult(actor: Actor | null, procedureId: string, schoolId: string, now: Date): Promise<SelectionResultView> {
  const school = await db.school.findFirst({ where: { id: schoolId, procedureId } });
  if (!school) throw new DomainError("NOT_FOUND", NOT_PUBLISHED);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId } });
  const endOf = (publishedAt: Date) => standstillStatus(publishedAt, now, procedure.standstillDays).standstill?.endsAt as Date;

  if (actor?.role === "STAFF" || (actor?.role === "SCHOOL" && actor.organisationId === school.organisationId)) {
    const latest = await findLatestChoice(school.id);
    if (!latest) throw new DomainError("NOT_FOUND", "Deze school heeft nog geen keuze ingediend.");
    return {
      audience: actor.role, school: school.name, published: isPublishedAt(latest.publishedAt, now), publishedAt: latest.publishedAt,
      chosen: latest.providers.map((p) => p.provider.name), motivation: latest.motivation, advantages: latest.advantages,
      standstillEndsAt: latest.publishedAt ? endOf(latest.publishedAt) : null,
    };
  }
  if (actor?.role === "PROVIDER") {
    // A provider that did not take part reads what the public reads.
    const result = await providerResult(procedureId, school.id, actor.organisationId, now);
    if (result) return { audience: "PROVIDER", result };
  }
  if (actor?.role === "SCHOOL") throw new DomainError("NOT_FOUND", NOT_PUBLISHED);
  const published = await findPublishedChoice(school.id, now);
  if (!published || !isPublishedAt(published.publishedAt, now)) throw new DomainError("NOT_FOUND", NOT_PUBLISHED);
  const ownMunicipality = actor?.role === "MUNICIPALITY" && actor.organisationId === school.municipalityId;
  return {
    audience: ownMunicipality ? "MUNICIPALITY" : "PUBLIC", school: school.name, publishedAt: published.publishedAt,
    chosen: published.providers.map((p) => p.provider.name), standstillEndsAt: endOf(published.publishedAt),
    motivation: ownMunicipality ? published.motivation : null,
  };
}
