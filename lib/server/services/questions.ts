import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { answerQuestionSchema, askQuestionSchema, publishQuestionSchema } from "@/lib/schemas/questions";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { baseUrl } from "../env";
import { queueMail } from "../mail";
import { submitWithReceipt } from "../receipts";

// Questions to the Servicebureau (SPEC §6, issue 4): providers ask at any
// time, with a receipt; staff answer (the asking organisation is told by
// e-mail) and may publish an anonymised version that staff write themselves
// in the public "nota van inlichtingen". Every change is audited.

/** Services do not trust their callers: the same schema as the form, with field errors. */
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  throw new DomainError("VALIDATION", undefined, fieldErrors);
}

const NOT_FOUND = "Deze vraag bestaat niet.";

async function findQuestion(procedureId: string, questionId: string) {
  const question = await db.question.findFirst({ where: { id: questionId, procedureId }, include: { organisation: { select: { name: true } } } });
  if (!question) throw new DomainError("NOT_FOUND", NOT_FOUND);
  return question;
}

async function receiptNumberOf(questionId: string) {
  const receipt = await db.receipt.findFirst({ where: { kind: "QUESTION", subjectId: questionId }, select: { number: true } });
  return receipt?.number ?? null;
}

/** A provider asks a question; the receipt proves what was asked and when. */
export async function askQuestion({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof askQuestionSchema>; now: Date;
}) {
  const { body, section, idempotencyKey } = parse(askQuestionSchema, input);
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    await assertAllowed(actor, "question.ask", procedureId, now);
    const question = await tx.question.create({
      data: { procedureId, organisationId: actor.organisationId, askerId: actor.userId, body, section: section || null, submittedAt: now },
    });
    await recordAudit(tx, actor, now, {
      action: "question.ask", entityType: "Question", entityId: question.id, procedureId,
      after: { body: question.body, section: question.section },
    });
    return { procedureId, kind: "QUESTION", subjectId: question.id, version: 1, content: { body: question.body, section: question.section } };
  });
}

/** Staff answer a question (or correct their answer); the asking organisation's users get an e-mail. */
export async function answerQuestion({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof answerQuestionSchema>; now: Date;
}) {
  await assertAllowed(actor, "question.answer", procedureId, now);
  const { questionId, answer } = parse(answerQuestionSchema, input);
  const question = await findQuestion(procedureId, questionId);
  if (question.answer === answer) throw new DomainError("VALIDATION", undefined, { answer: "Dit antwoord is al opgeslagen; wijzig de tekst of laat het zo." });
  const firstAnswer = question.status === "SUBMITTED";
  const receiptNumber = await receiptNumberOf(question.id);
  return db.$transaction(async (tx) => {
    const updated = await tx.question.update({
      where: { id: question.id },
      data: { answer, status: "ANSWERED", answeredById: actor.userId, answeredAt: now },
    });
    await recordAudit(tx, actor, now, {
      action: "question.answer", entityType: "Question", entityId: question.id, procedureId,
      before: { status: question.status, answer: question.answer },
      after: { status: updated.status, answer: updated.answer },
    });
    const users = await tx.user.findMany({ where: { organisationId: question.organisationId, active: true }, select: { email: true } });
    const asked = `uw vraag van ${formatDateTimeWithZone(question.submittedAt)}${receiptNumber ? ` (ontvangstbewijs ${receiptNumber})` : ""}`;
    await queueMail(
      tx,
      users.map((u) => ({
        to: u.email,
        subject: firstAnswer ? "Uw vraag is beantwoord" : "Het antwoord op uw vraag is aangepast",
        text: `Het Servicebureau heeft ${firstAnswer ? "" : "het antwoord op "}${asked} ${firstAnswer ? "beantwoord" : "aangepast"}.\n\nU leest het antwoord in het portaal onder Vragen: ${baseUrl()}/aanbieder/vragen`,
      })),
      now,
    );
    return { question: updated, notified: users.length };
  });
}

/** Names that would identify the asker; the public text must not contain them. */
async function identifyingNames(question: { askerId: string; organisation: { name: string } }) {
  const asker = await db.user.findUnique({ where: { id: question.askerId }, select: { name: true } });
  return [question.organisation.name, asker?.name].filter((n): n is string => Boolean(n && n.trim().length >= 3));
}

/**
 * Staff publish (or correct) the anonymised version of an answered question
 * in the nota van inlichtingen. The texts are staff's own; as a safety net
 * the asker's organisation and name are refused. The first publication is
 * announced to every provider; the publication date (and so the item's
 * number in the running list) never changes afterwards.
 */
export async function publishQuestion({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.input<typeof publishQuestionSchema>; now: Date;
}) {
  await assertAllowed(actor, "question.answer", procedureId, now);
  const { questionId, publicQuestion, publicAnswer } = parse(publishQuestionSchema, input);
  const question = await findQuestion(procedureId, questionId);
  if (question.status !== "ANSWERED") throw new DomainError("CONFLICT", "Beantwoord de vraag eerst; daarna kunt u haar publiceren.");
  const fieldErrors: Record<string, string> = {};
  for (const name of await identifyingNames(question)) {
    const message = `Haal "${name}" weg: de gepubliceerde tekst mag niet naar de vragensteller herleidbaar zijn.`;
    if (publicQuestion.toLowerCase().includes(name.toLowerCase())) fieldErrors.publicQuestion ??= message;
    if (publicAnswer.toLowerCase().includes(name.toLowerCase())) fieldErrors.publicAnswer ??= message;
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("VALIDATION", undefined, fieldErrors);
  if (question.publishedAt && question.publicQuestion === publicQuestion && question.publicAnswer === publicAnswer) {
    throw new DomainError("VALIDATION", "Er is niets gewijzigd: deze tekst is al gepubliceerd.");
  }
  const firstPublication = question.publishedAt === null;
  return db.$transaction(async (tx) => {
    const updated = await tx.question.update({
      where: { id: question.id },
      data: { publicQuestion, publicAnswer, publishedAt: question.publishedAt ?? now },
    });
    await recordAudit(tx, actor, now, {
      action: firstPublication ? "question.publish" : "question.updatePublication", entityType: "Question", entityId: question.id, procedureId,
      before: { publicQuestion: question.publicQuestion, publicAnswer: question.publicAnswer, publishedAt: question.publishedAt?.toISOString() ?? null },
      after: { publicQuestion: updated.publicQuestion, publicAnswer: updated.publicAnswer, publishedAt: updated.publishedAt?.toISOString() ?? null },
    });
    let notified = 0;
    if (firstPublication) {
      const users = await tx.user.findMany({ where: { active: true, role: "PROVIDER", organisation: { active: true, kind: "PROVIDER" } }, select: { email: true } });
      await queueMail(
        tx,
        users.map((u) => ({
          to: u.email,
          subject: "Nieuwe vraag en antwoord in de nota van inlichtingen",
          text: `Het Servicebureau heeft een vraag en antwoord van algemeen belang gepubliceerd in de nota van inlichtingen.\n\nLees de nota van inlichtingen: ${baseUrl()}/nota-van-inlichtingen`,
        })),
        now,
      );
      notified = users.length;
    }
    return { question: updated, notified, firstPublication };
  });
}
