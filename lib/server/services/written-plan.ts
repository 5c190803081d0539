import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { sha256Hex } from "@/lib/domain/receipts";
import { countWords, validateWrittenPlanAnswers, type WrittenPlanAnswerInput } from "@/lib/domain/selection/word-count";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WrittenPlanContent } from "@/lib/schemas/written-plan";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { submitWithReceipt } from "../receipts";
import { getSchoolForAdmittedProvider, listTopics, type TopicDto } from "../queries/written-plan";
import { getOwnDocument } from "./documents";

// The written round (SPEC §8, issue 7): an admitted provider writes, per school
// of a cluster it is admitted for, a plan on the procedure's topics. Drafts are
// saved as often as the editor likes; a submit gives a receipt; a submitted
// version never changes: the next save or submit makes a new version.
// Writes per (school, provider) are serialised by an advisory lock, so two
// tabs or colleagues cannot both extend the same version; the unique key
// (schoolId, organisationId, version) is the database's backstop.

type Tx = Prisma.TransactionClient;
type Content = WrittenPlanContent;

async function lockPlanChain(tx: Tx, schoolId: string, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`written-plan:${schoolId}:${organisationId}`}))) AS l`;
}

function headVersion(tx: Tx, procedureId: string, schoolId: string, organisationId: string) {
  return tx.writtenPlan.findFirst({ where: { procedureId, schoolId, organisationId, nextVersion: null } });
}

/** The editor must be based on the newest version, else a colleague's work would be overwritten unseen. */
function assertBasedOn(head: { id: string } | null, basedOnPlanId: string): void {
  if ((head?.id ?? "") !== basedOnPlanId) {
    throw new DomainError(
      "CONFLICT",
      "Er is intussen een nieuwere versie van dit plan opgeslagen (door een collega of in een ander venster). Kopieer zo nodig uw tekst en laad de pagina opnieuw.",
    );
  }
}

/** The answers as a list; a topic id that is not one of the procedure's topics is refused. */
function answersOf(content: Content, topics: TopicDto[]): WrittenPlanAnswerInput[] {
  const known = new Set(topics.map((t) => t.id));
  const unknown = Object.keys(content.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError("VALIDATION", "Dit formulier hoort bij een verouderde versie van de onderwerpen. Laad de pagina opnieuw.");
  }
  return topics.map((t) => ({ topicId: t.id, body: content.answers[t.id]?.body ?? "" }));
}

async function writeAnswers(tx: Tx, writtenPlanId: string, answers: WrittenPlanAnswerInput[]) {
  await tx.writtenPlanAnswer.deleteMany({ where: { writtenPlanId } });
  const rows = answers.filter((a) => a.body.trim() !== "").map((a) => ({ writtenPlanId, topicId: a.topicId, body: a.body }));
  if (rows.length > 0) await tx.writtenPlanAnswer.createMany({ data: rows });
}

async function prepare(actor: Actor, procedureId: string, content: Content, now: Date) {
  await assertAllowed(actor, "writtenPlan.submit", procedureId, now);
  const school = await getSchoolForAdmittedProvider(actor, procedureId, content.schoolId, now);
  const topics = await listTopics(procedureId);
  const answers = answersOf(content, topics);
  const attachment = content.attachmentId ? await getOwnDocument(actor, content.attachmentId) : null;
  return { school, topics, answers, attachment };
}

/**
 * Saves the draft of the plan for one school. A text over its word limit is
 * saved too (the editor shows the count; only a submit is refused), so that
 * nothing typed is lost.
 */
export async function saveWrittenPlanDraft({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: Content; now: Date }) {
  const { school, answers, attachment } = await prepare(actor, procedureId, input, now);
  return db.$transaction(async (tx) => {
    await lockPlanChain(tx, school.id, actor.organisationId);
    const head = await headVersion(tx, procedureId, school.id, actor.organisationId);
    assertBasedOn(head, input.basedOnPlanId);
    const plan =
      head?.status === "DRAFT"
        ? await tx.writtenPlan.update({ where: { id: head.id }, data: { attachmentId: attachment?.id ?? null } })
        : await tx.writtenPlan.create({
            data: {
              procedureId, schoolId: school.id, organisationId: actor.organisationId, attachmentId: attachment?.id ?? null,
              version: (head?.version ?? 0) + 1, previousVersionId: head?.id ?? null,
            },
          });
    await writeAnswers(tx, plan.id, answers);
    return { planId: plan.id, version: plan.version, savedAt: now };
  });
}

/**
 * Submits the plan for one school with a receipt. Every topic must be filled
 * in within its word limit (field errors otherwise; nothing is written and
 * the saved draft stays). The receipt keeps the SHA-256 of each topic's text
 * and of the attachment, not the texts themselves: the plan is sealed until
 * the round closes, and a receipt can be opened by staff at any time.
 */
export async function submitWrittenPlan({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: Content; idempotencyKey: string; now: Date;
}) {
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    const { school, topics, answers, attachment } = await prepare(actor, procedureId, input, now);
    const errors = validateWrittenPlanAnswers(answers, topics, { requireAll: true });
    if (Object.keys(errors).length > 0) {
      throw new DomainError("VALIDATION", "Het plan is niet ingediend: controleer de gemarkeerde onderwerpen. Uw concept blijft bewaard.", errors);
    }
    await lockPlanChain(tx, school.id, actor.organisationId);
    const head = await headVersion(tx, procedureId, school.id, actor.organisationId);
    assertBasedOn(head, input.basedOnPlanId);
    const data = { status: "SUBMITTED" as const, submittedAt: now, attachmentId: attachment?.id ?? null };
    const plan =
      head?.status === "DRAFT"
        ? await tx.writtenPlan.update({ where: { id: head.id }, data })
        : await tx.writtenPlan.create({
            data: { ...data, procedureId, schoolId: school.id, organisationId: actor.organisationId, version: (head?.version ?? 0) + 1, previousVersionId: head?.id ?? null },
          });
    await writeAnswers(tx, plan.id, answers);
    const previousVersion = plan.version > 1 ? plan.version - 1 : null;
    await recordAudit(tx, actor, now, {
      action: "writtenPlan.submit", entityType: "WrittenPlan", entityId: plan.id, procedureId,
      after: { schoolId: school.id, version: plan.version, previousVersionId: plan.previousVersionId },
    });
    const content = {
      school: school.name,
      provider: actor.organisationName,
      version: plan.version,
      previousVersion,
      sealed: "De teksten zijn verzegeld tot de schriftelijke ronde sluit; per onderwerp staat hier de SHA-256 van de ingediende tekst (UTF-8).",
      topics: topics.map((t) => {
        const body = answers.find((a) => a.topicId === t.id)?.body ?? "";
        return { number: t.number, title: t.title, words: countWords(body), sha256: sha256Hex(body) };
      }),
      attachment: attachment ? { fileName: attachment.fileName, sha256: attachment.sha256, sizeBytes: attachment.sizeBytes } : null,
    };
    return { procedureId, kind: "WRITTEN_PLAN", subjectId: plan.id, version: plan.version, content };
  });
}
