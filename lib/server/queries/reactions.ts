import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { windowState } from "@/lib/domain/timeline";
import { db } from "../db";
import { listMilestones } from "./procedure";

// Reactions: each chain of versions is shown by its latest version.

async function receiptNumbers(ids: string[]) {
  const receipts = await db.receipt.findMany({ where: { kind: "REACTION", subjectId: { in: ids } }, select: { subjectId: true, number: true } });
  return new Map(receipts.map((r) => [r.subjectId, r.number]));
}

/** The actor's own organisation's reactions (latest version of each), newest first. */
export async function listOwnReactions(actor: Actor, procedureId: string) {
  const rows = await db.reaction.findMany({
    where: { procedureId, organisationId: actor.organisationId, nextVersion: null },
    orderBy: { updatedAt: "desc" },
    include: { attachment: { select: { id: true, fileName: true, sizeBytes: true } } },
  });
  const numbers = await receiptNumbers(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, subject: r.subject, body: r.body, status: r.status, version: r.version,
    submittedAt: r.submittedAt, updatedAt: r.updatedAt, receiptNumber: numbers.get(r.id) ?? null,
    hasSubmittedEarlierVersion: r.previousVersionId !== null, attachment: r.attachment,
  }));
}

/** Staff: the latest submitted version of every reaction, with its organisation. */
export async function listReactionsForStaff(procedureId: string) {
  const rows = await db.reaction.findMany({
    where: { procedureId, status: "SUBMITTED", OR: [{ nextVersion: null }, { nextVersion: { status: "DRAFT" } }] },
    include: { organisation: { select: { name: true, kind: true } }, attachment: { select: { id: true, fileName: true } } },
    orderBy: { submittedAt: "asc" },
  });
  const numbers = await receiptNumbers(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, subject: r.subject, body: r.body, version: r.version, submittedAt: r.submittedAt,
    organisation: r.organisation.name, organisationKind: r.organisation.kind, receiptNumber: numbers.get(r.id) ?? null, attachment: r.attachment,
    outcome: r.outcome, processingText: r.processingText, changedSection: r.changedSection, processedAt: r.processedAt,
  }));
}

/**
 * The public, anonymised table of processed reactions: visible from the
 * publication of the final contract documents on, never before. No names,
 * no reaction texts: the subject, who reacted (kind only) and the processing.
 */
export async function listPublishedProcessing(procedureId: string, now: Date) {
  const publication = (await listMilestones(procedureId)).find((m) => m.key === "FINAL_DOCUMENTS_PUBLISHED");
  if (!publication || windowState(publication, now) !== "CLOSED") return { published: false as const, publishedOn: publication?.opensAt ?? null, rows: [] };
  const rows = (await listReactionsForStaff(procedureId)).filter((r) => r.outcome && r.processingText);
  return {
    published: true as const,
    publishedOn: publication.opensAt,
    rows: rows.map((r, i) => ({
      number: i + 1,
      subject: r.subject,
      from: r.organisationKind === "COUNCIL" ? "Jongeren- of ouderraad" : "Contractpartner",
      outcome: r.outcome,
      processingText: r.processingText ?? "",
      changedSection: r.changedSection,
    })),
  };
}
