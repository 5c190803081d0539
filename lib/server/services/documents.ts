import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { authorizeAt } from "@/lib/domain/authorization";
import { ACCEPTED_DOCUMENTS, checkUpload } from "@/lib/domain/file-type";
import { recordAudit } from "../audit";
import { getNow } from "../clock";
import { db } from "../db";
import { listMilestones } from "../queries/procedure";
import { mayReadWrittenPlanDocument } from "../queries/written-plan";
import { getFile, putFile } from "../storage";

/** Stores an uploaded document of the actor's organisation after checking its content. */
export async function uploadDocument({ actor, fileName, bytes, now }: { actor: Actor; fileName: string; bytes: Uint8Array; now: Date }) {
  const check = checkUpload(bytes);
  if (!check.ok) throw new DomainError("VALIDATION", check.message, { file: check.message });
  const type = ACCEPTED_DOCUMENTS[check.type];
  const base = fileName.replace(/[\\/]/g, "_").replace(/[\u0000-\u001f]/g, "").slice(0, 180).trim() || "document";
  const safeName = base.toLowerCase().endsWith(`.${type.extension}`) ? base : `${base}.${type.extension}`;
  const stored = await putFile(bytes, now);
  const document = await db.document.create({
    data: { organisationId: actor.organisationId, uploadedById: actor.userId, fileName: safeName, mimeType: type.mimeType, createdAt: now, ...stored },
  });
  await recordAudit(db, actor, now, { action: "document.upload", entityType: "Document", entityId: document.id, after: { fileName: safeName, sha256: stored.sha256, sizeBytes: stored.sizeBytes } });
  return document;
}

/** A document of the actor's own organisation (for attaching); NOT_FOUND otherwise. */
export async function getOwnDocument(actor: Actor, documentId: string) {
  const document = await db.document.findFirst({ where: { id: documentId, organisationId: actor.organisationId } });
  if (!document) throw new DomainError("NOT_FOUND", "Dit bestand bestaat niet of is niet van uw organisatie.");
  return document;
}

/**
 * Reads a document for download: its own organisation may; staff may when it
 * is attached to a submitted reaction, or to a submitted admission application
 * once the admission window has closed ("application.readSealed", server
 * time): before that an application's documents are sealed, also for staff.
 * Anyone else gets NOT_FOUND, as for a document that does not exist.
 */
export async function readDocumentForActor(actor: Actor, documentId: string, now?: Date) {
  const document = await db.document.findUnique({ where: { id: documentId } });
  const own = document?.organisationId === actor.organisationId;
  const staffMayRead = actor.role === "STAFF" && document !== null && !own && (await staffMayReadDocument(actor, document.id, now ?? (await getNow())));
  // A written plan's attachment: behind the same seal as the plan (queries/written-plan.ts).
  const planReader = document !== null && !own && !staffMayRead && (await mayReadWrittenPlanDocument(actor, document.id, now ?? (await getNow())));
  if (!document || !(own || staffMayRead || planReader)) throw new DomainError("NOT_FOUND", "Dit bestand bestaat niet of is niet voor u beschikbaar.");
  return { document, bytes: await getFile(document.storageKey) };
}

async function staffMayReadDocument(actor: Actor, documentId: string, now: Date): Promise<boolean> {
  if ((await db.reaction.count({ where: { attachmentId: documentId, status: "SUBMITTED" } })) > 0) return true;
  const applications = await db.applicationDocument.findMany({
    where: { documentId, application: { status: "SUBMITTED" } },
    select: { application: { select: { procedureId: true } } },
  });
  for (const procedureId of new Set(applications.map((a) => a.application.procedureId))) {
    if (authorizeAt(actor.role, "application.readSealed", await listMilestones(procedureId), now).allowed) return true;
  }
  return false;
}
