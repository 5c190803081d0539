import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// Questions to the Servicebureau: actor-scoped reads returning plain DTOs.
// Providers see their own organisation's questions only; the public sees
// only the anonymised texts staff published, never the originals.

async function receiptNumbers(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const receipts = await db.receipt.findMany({ where: { kind: "QUESTION", subjectId: { in: ids } }, select: { subjectId: true, number: true } });
  return new Map(receipts.map((r) => [r.subjectId, r.number]));
}

async function userNames(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export interface OwnQuestionDto {
  id: string;
  body: string;
  section: string | null;
  status: "SUBMITTED" | "ANSWERED";
  submittedAt: Date;
  askedBy: string;
  receiptNumber: string | null;
  answer: string | null;
  answeredAt: Date | null;
  published: boolean;
}

/** The actor's own organisation's questions, newest first. */
export async function listOwnQuestions(actor: Actor, procedureId: string): Promise<OwnQuestionDto[]> {
  const rows = await db.question.findMany({
    where: { procedureId, organisationId: actor.organisationId },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
  });
  const [numbers, names] = await Promise.all([receiptNumbers(rows.map((q) => q.id)), userNames(rows.map((q) => q.askerId))]);
  return rows.map((q) => ({
    id: q.id, body: q.body, section: q.section, status: q.status, submittedAt: q.submittedAt,
    askedBy: names.get(q.askerId) ?? "", receiptNumber: numbers.get(q.id) ?? null,
    answer: q.status === "ANSWERED" ? q.answer : null, answeredAt: q.answeredAt, published: q.publishedAt !== null,
  }));
}

export interface StaffQuestionDto {
  id: string;
  body: string;
  section: string | null;
  status: "SUBMITTED" | "ANSWERED";
  submittedAt: Date;
  organisation: string;
  askedBy: string;
  receiptNumber: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  publicQuestion: string | null;
  publicAnswer: string | null;
  publishedAt: Date | null;
}

type QuestionWithOrganisation = Prisma.QuestionGetPayload<{ include: { organisation: { select: { name: true } } } }>;

function toStaffDto(q: QuestionWithOrganisation, numbers: Map<string, string>, names: Map<string, string>): StaffQuestionDto {
  return {
    id: q.id, body: q.body, section: q.section, status: q.status, submittedAt: q.submittedAt,
    organisation: q.organisation.name, askedBy: names.get(q.askerId) ?? "", receiptNumber: numbers.get(q.id) ?? null,
    answer: q.answer, answeredAt: q.answeredAt, answeredBy: q.answeredById ? (names.get(q.answeredById) ?? null) : null,
    publicQuestion: q.publicQuestion, publicAnswer: q.publicAnswer, publishedAt: q.publishedAt,
  };
}

/** Staff: every question of the procedure with the asking organisation; unanswered first, oldest first. */
export async function listQuestionsForStaff(procedureId: string): Promise<StaffQuestionDto[]> {
  const rows = await db.question.findMany({
    where: { procedureId },
    include: { organisation: { select: { name: true } } },
    orderBy: [{ status: "asc" }, { submittedAt: "asc" }, { createdAt: "asc" }],
  });
  const people = rows.flatMap((q) => [q.askerId, ...(q.answeredById ? [q.answeredById] : [])]);
  const [numbers, names] = await Promise.all([receiptNumbers(rows.map((q) => q.id)), userNames(people)]);
  return rows.map((q) => toStaffDto(q, numbers, names));
}

/** Staff: one question of the procedure; NOT_FOUND for any other id. */
export async function getQuestionForStaff(procedureId: string, questionId: string): Promise<StaffQuestionDto> {
  const q = await db.question.findFirst({ where: { id: questionId, procedureId }, include: { organisation: { select: { name: true } } } });
  if (!q) throw new DomainError("NOT_FOUND", "Deze vraag bestaat niet.");
  const [numbers, names] = await Promise.all([receiptNumbers([q.id]), userNames([q.askerId, ...(q.answeredById ? [q.answeredById] : [])])]);
  return toStaffDto(q, numbers, names);
}

export interface PublishedQuestionDto {
  number: number;
  publishedAt: Date;
  question: string;
  answer: string;
}

/**
 * The nota van inlichtingen: the anonymised texts of published questions,
 * numbered in order of publication. Nothing else of a question leaves here.
 * Publications after `now` (possible only with the demo clock) are not shown.
 */
export async function listPublishedQuestions(procedureId: string, now: Date): Promise<PublishedQuestionDto[]> {
  const rows = await db.question.findMany({
    where: { procedureId, publishedAt: { not: null, lte: now }, publicQuestion: { not: null }, publicAnswer: { not: null } },
    select: { publishedAt: true, publicQuestion: true, publicAnswer: true },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((q, i) => ({ number: i + 1, publishedAt: q.publishedAt as Date, question: q.publicQuestion ?? "", answer: q.publicAnswer ?? "" }));
}
