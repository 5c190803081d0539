import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { localDateTimeToInstant } from "@/lib/domain/local-time";
import { contentHash } from "@/lib/domain/receipts";
import { db } from "@/lib/server/db";
import { getQuestionForStaff, listOwnQuestions, listPublishedQuestions, listQuestionsForStaff } from "@/lib/server/queries/questions";
import { getReceiptView } from "@/lib/server/queries/receipts";
import { answerQuestion, askQuestion, publishQuestion } from "@/lib/server/services/questions";
import { demoAccounts } from "@/prisma/seed/demo-accounts";
import { seedDatabase } from "@/prisma/seed/index";
import { resetDatabase } from "./setup/reset";
import { actorFor } from "./support/actors";

let procedureId: string;
let provider: Actor, provider2: Actor, staff: Actor;
const asked = localDateTimeToInstant("2025-06-02T10:00");
const answered = localDateTimeToInstant("2025-06-03T09:00");
const published = localDateTimeToInstant("2025-06-04T12:00");
const key = () => crypto.randomUUID();

function ask(actor: Actor, body: string, section = "", idempotencyKey = key(), now = asked) {
  return askQuestion({ actor, procedureId, input: { body, section, idempotencyKey }, now });
}

async function nothingWritten() {
  expect(await db.question.count()).toBe(0);
  expect(await db.receipt.count()).toBe(0);
  expect(await db.auditEvent.count({ where: { entityType: "Question" } })).toBe(0);
}

describe("questions to the Servicebureau", () => {
  beforeEach(async () => {
    await resetDatabase();
    procedureId = (await seedDatabase(db, { demo: true, now: asked })).procedureId;
    provider = await actorFor(demoAccounts.provider.email);
    provider2 = await actorFor(demoAccounts.provider2.email);
    staff = await actorFor(demoAccounts.staff.email);
  });

  it("a provider asks a question and gets a receipt over what was asked; audited", async () => {
    const { receipt, replayed } = await ask(provider, "  Wat is de peildatum voor het leerlingaantal?  ", "Bijlage 3, artikel 2");
    expect(replayed).toBe(false);
    expect(receipt).toMatchObject({ number: "VRG-2025-000001", kind: "QUESTION", receivedAt: asked, organisationId: provider.organisationId, version: 1 });
    const content = { body: "Wat is de peildatum voor het leerlingaantal?", section: "Bijlage 3, artikel 2" };
    expect(receipt.contentSha256).toBe(contentHash(content));
    const question = await db.question.findUniqueOrThrow({ where: { id: receipt.subjectId } });
    expect(question).toMatchObject({ ...content, status: "SUBMITTED", organisationId: provider.organisationId, askerId: provider.userId, submittedAt: asked });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "question.ask", entityId: question.id } });
    expect(audit).toMatchObject({ actorUserId: provider.userId, procedureId, after: content });
  });

  it("is allowed at any time of the procedure, also long after the last window", async () => {
    const { receipt } = await ask(provider, "Nog een vraag na afloop", "", key(), localDateTimeToInstant("2027-03-01T09:00"));
    expect(receipt.number).toBe("VRG-2027-000001");
  });

  it("a retry with the same key returns the original receipt and asks nothing twice", async () => {
    const k = key();
    const first = await ask(provider, "Eén keer", "", k);
    const retry = await ask(provider, "Eén keer", "", k);
    expect(retry).toEqual({ receipt: first.receipt, replayed: true });
    expect(await db.question.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "question.ask" } })).toBe(1);
  });

  it("a provider sees only its own organisation's questions; staff see all with the organisation, unanswered first", async () => {
    const mine = await ask(provider, "Vraag van De Brug");
    await ask(provider2, "Vraag van Kompas", "", key(), answered);
    await answerQuestion({ actor: staff, procedureId, input: { questionId: mine.receipt.subjectId, answer: "Antwoord" }, now: answered });
    expect(await listOwnQuestions(provider, procedureId)).toEqual([
      expect.objectContaining({ body: "Vraag van De Brug", status: "ANSWERED", answer: "Antwoord", receiptNumber: mine.receipt.number, askedBy: provider.name }),
    ]);
    expect((await listOwnQuestions(provider2, procedureId)).map((q) => [q.body, q.status, q.answer])).toEqual([["Vraag van Kompas", "SUBMITTED", null]]);
    expect((await listQuestionsForStaff(procedureId)).map((q) => [q.organisation, q.status])).toEqual([
      ["Kompas Jeugd en Gezin", "SUBMITTED"],
      ["Jeugdhulp De Brug", "ANSWERED"],
    ]);
    // The receipt is the asking organisation's and staff's only.
    await expect(getReceiptView(provider2, mine.receipt.number)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("staff answer: status answered, the asking organisation's users are e-mailed, audited with before and after", async () => {
    const { receipt } = await ask(provider, "Mag een school twee aanbieders kiezen?");
    const result = await answerQuestion({ actor: staff, procedureId, input: { questionId: receipt.subjectId, answer: "Ja, één of twee." }, now: answered });
    expect(result.question).toMatchObject({ status: "ANSWERED", answer: "Ja, één of twee.", answeredById: staff.userId, answeredAt: answered });
    const askerUsers = await db.user.findMany({ where: { organisationId: provider.organisationId, active: true }, select: { email: true } });
    expect(result.notified).toBe(askerUsers.length);
    const mails = await db.outboundEmail.findMany();
    expect(mails.map((m) => m.toAddress).sort()).toEqual(askerUsers.map((u) => u.email).sort());
    expect(mails.map((m) => m.toAddress)).not.toContain(demoAccounts.provider2.email);
    expect(mails[0]).toMatchObject({ subject: expect.stringMatching(/^Uw vraag is beantwoord/), textBody: expect.stringContaining(receipt.number) });
    expect(mails[0]?.textBody).toContain("/aanbieder/vragen");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "question.answer", entityId: receipt.subjectId } });
    expect(audit).toMatchObject({ actorUserId: staff.userId, before: { status: "SUBMITTED", answer: null }, after: { status: "ANSWERED", answer: "Ja, één of twee." } });

    // A corrected answer is announced as such and audited again.
    await answerQuestion({ actor: staff, procedureId, input: { questionId: receipt.subjectId, answer: "Ja: één of twee aanbieders." }, now: published });
    expect(await db.outboundEmail.count({ where: { subject: { startsWith: "Het antwoord op uw vraag is aangepast" } } })).toBe(askerUsers.length);
    expect(await db.auditEvent.count({ where: { action: "question.answer" } })).toBe(2);
  });

  it("publishes only the anonymised texts staff wrote, numbered by publication, and tells every provider", async () => {
    const first = await ask(provider, "Wij, Jeugdhulp De Brug, vragen: geldt de peildatum 1 oktober?");
    const second = await ask(provider2, "Kompas vraagt: hoe vaak wordt geïndexeerd?");
    for (const q of [first, second]) {
      await answerQuestion({ actor: staff, procedureId, input: { questionId: q.receipt.subjectId, answer: "Antwoord aan de vrager" }, now: answered });
    }
    const result = await publishQuestion({
      actor: staff, procedureId, now: published,
      input: { questionId: first.receipt.subjectId, publicQuestion: "Geldt de peildatum 1 oktober?", publicAnswer: "Ja, 1 oktober 2025." },
    });
    expect(result).toMatchObject({ firstPublication: true, question: { publishedAt: published } });
    const providerUsers = await db.user.count({ where: { role: "PROVIDER", active: true } });
    expect(result.notified).toBe(providerUsers);
    expect(await db.outboundEmail.count({ where: { subject: { startsWith: "Nieuwe vraag en antwoord in de nota van inlichtingen" } } })).toBe(providerUsers);

    await publishQuestion({ actor: staff, procedureId, now: localDateTimeToInstant("2025-06-05T08:00"), input: { questionId: second.receipt.subjectId, publicQuestion: "Hoe vaak wordt geïndexeerd?", publicAnswer: "Jaarlijks." } });
    const list = await listPublishedQuestions(procedureId, localDateTimeToInstant("2025-06-06T00:00"));
    expect(list).toEqual([
      { number: 1, publishedAt: published, question: "Geldt de peildatum 1 oktober?", answer: "Ja, 1 oktober 2025." },
      { number: 2, publishedAt: localDateTimeToInstant("2025-06-05T08:00"), question: "Hoe vaak wordt geïndexeerd?", answer: "Jaarlijks." },
    ]);
    const text = JSON.stringify(list);
    for (const hidden of ["Brug", "Kompas", "Antwoord aan de vrager", provider.name]) expect(text).not.toContain(hidden);
    // Not before its publication (the demo clock can be set back).
    expect(await listPublishedQuestions(procedureId, answered)).toEqual([]);

    // A correction keeps the date and number; audited separately; no second announcement.
    const mailsBefore = await db.outboundEmail.count();
    const corrected = await publishQuestion({ actor: staff, procedureId, now: localDateTimeToInstant("2025-06-07T08:00"), input: { questionId: first.receipt.subjectId, publicQuestion: "Geldt de peildatum van 1 oktober?", publicAnswer: "Ja, 1 oktober 2025." } });
    expect(corrected).toMatchObject({ firstPublication: false, notified: 0, question: { publishedAt: published } });
    expect(await db.outboundEmail.count()).toBe(mailsBefore);
    expect((await listPublishedQuestions(procedureId, localDateTimeToInstant("2025-06-08T00:00")))[0]).toMatchObject({ number: 1, question: "Geldt de peildatum van 1 oktober?" });
    expect(await db.auditEvent.count({ where: { action: "question.publish" } })).toBe(2);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "question.updatePublication" } })).toMatchObject({
      before: { publicQuestion: "Geldt de peildatum 1 oktober?" }, after: { publicQuestion: "Geldt de peildatum van 1 oktober?" },
    });
  });

  it("refuses to publish the asker's name, or a question not yet answered, and changes nothing", async () => {
    const { receipt } = await ask(provider, "Vraag");
    const questionId = receipt.subjectId;
    await expect(publishQuestion({ actor: staff, procedureId, now: published, input: { questionId, publicQuestion: "Vraag", publicAnswer: "Antwoord" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await answerQuestion({ actor: staff, procedureId, input: { questionId, answer: "Antwoord" }, now: answered });
    await expect(
      publishQuestion({ actor: staff, procedureId, now: published, input: { questionId, publicQuestion: "Vraag van jeugdhulp de brug", publicAnswer: `Beste ${provider.name}, ja.` } }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { publicQuestion: expect.stringContaining("Jeugdhulp De Brug"), publicAnswer: expect.stringContaining(provider.name) } });
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ publishedAt: null, publicQuestion: null, publicAnswer: null });
    expect(await db.auditEvent.count({ where: { action: { in: ["question.publish", "question.updatePublication"] } } })).toBe(0);
  });

  it("a provider can neither answer nor publish; staff cannot ask; nothing is written", async () => {
    const { receipt } = await ask(provider, "Vraag");
    const questionId = receipt.subjectId;
    await expect(answerQuestion({ actor: provider, procedureId, input: { questionId, answer: "Zelf beantwoord" }, now: answered })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishQuestion({ actor: provider2, procedureId, now: answered, input: { questionId, publicQuestion: "x", publicAnswer: "y" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ask(staff, "Vraag van het Servicebureau zelf")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ status: "SUBMITTED", answer: null, publishedAt: null });
    expect(await db.question.count()).toBe(1);
    expect(await db.receipt.count()).toBe(1);
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { entityType: "Question" } })).toBe(1);
  });

  it("a foreign or unknown question id is NOT_FOUND", async () => {
    const { receipt } = await ask(provider, "Vraag");
    const otherProcedure = "another-procedure";
    await expect(answerQuestion({ actor: staff, procedureId, input: { questionId: "no-such-question", answer: "A" }, now: answered })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerQuestion({ actor: staff, procedureId: otherProcedure, input: { questionId: receipt.subjectId, answer: "A" }, now: answered })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishQuestion({ actor: staff, procedureId, now: answered, input: { questionId: "no-such-question", publicQuestion: "x", publicAnswer: "y" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuestionForStaff(procedureId, "no-such-question")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.outboundEmail.count()).toBe(0);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    await expect(ask(provider, "   ")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { body: "Schrijf uw vraag." } });
    await expect(ask(provider, "x".repeat(5001))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { body: "Maximaal 5000 tekens." } });
    await expect(ask(provider, "Vraag", "s".repeat(201))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { section: "Maximaal 200 tekens." } });
    await expect(ask(provider, "Vraag", "", "geen-uuid")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { idempotencyKey: expect.any(String) } });
    await nothingWritten();
    const { receipt } = await ask(provider, "Een goede vraag");
    await expect(answerQuestion({ actor: staff, procedureId, input: { questionId: receipt.subjectId, answer: " " }, now: answered })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { answer: expect.any(String) } });
    await expect(answerQuestion({ actor: staff, procedureId, input: { questionId: receipt.subjectId, answer: "a".repeat(10_001) }, now: answered })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.question.findUniqueOrThrow({ where: { id: receipt.subjectId } })).toMatchObject({ status: "SUBMITTED", answer: null });
    expect(await db.outboundEmail.count()).toBe(0);
  });
});
