import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { ACCEPTED_DOCUMENTS, checkUpload } from "@/lib/domain/file-type";
import { recordAudit } from "../audit";
import { db } from "../db";
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
 * is attached to a submitted reaction. (Admission documents are sealed until
 * the window closes — issue 6 adds that rule here.)
 */
export async function readDocumentForActor(actor: Actor, documentId: string) {
  const document = await db.document.findUnique({ where: { id: documentId } });
  const own = document?.organisationId === actor.organisationId;
  const staffMayRead =
    actor.role === "STAFF" && document !== null && (await db.reaction.count({ where: { attachmentId: document.id, status: "SUBMITTED" } })) > 0;
  if (!document || !(own || staffMayRead)) throw new DomainError("NOT_FOUND", "Dit bestand bestaat niet of is niet voor u beschikbaar.");
  return { document, bytes: await getFile(document.storageKey) };
}
