import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import type { z } from "zod";
import type { processReactionSchema, saveReactionSchema } from "@/lib/schemas/reactions";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { submitWithReceipt } from "../receipts";
import { getOwnDocument } from "./documents";

// Reactions on the intended revision (SPEC §6, issue 4): providers and the
// youth and parent councils write drafts and submit them in the reaction
// period; a submitted version never changes (resubmitting makes a new one);
// staff record how each was processed.

type SaveInput = z.output<typeof saveReactionSchema>;

/** The latest version of a reaction of the actor's own organisation; NOT_FOUND otherwise. */
async function ownLatest(actor: Actor, procedureId: string, reactionId: string) {
  const reaction = await db.reaction.findFirst({ where: { id: reactionId, procedureId, organisationId: actor.organisationId } });
  if (!reaction) throw new DomainError("NOT_FOUND", "Deze reactie bestaat niet of is niet van uw organisatie.");
  if (await db.reaction.findUnique({ where: { previousVersionId: reaction.id } })) {
    throw new DomainError("CONFLICT", "Er is intussen een nieuwere versie van deze reactie. Laad de pagina opnieuw.");
  }
  return reaction;
}

/** The attachment must be a document of the actor's own organisation. */
async function attachmentFor(actor: Actor, input: SaveInput) {
  return input.attachmentId ? getOwnDocument(actor, input.attachmentId) : null;
}

export async function saveReactionDraft({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: SaveInput; now: Date }) {
  await assertAllowed(actor, "reaction.submit", procedureId, now);
  const attachmentId = (await attachmentFor(actor, input))?.id ?? null;
  if (input.reactionId) {
    const current = await ownLatest(actor, procedureId, input.reactionId);
    if (current.status === "DRAFT") {
      return db.reaction.update({ where: { id: current.id }, data: { subject: input.subject, body: input.body, attachmentId } });
    }
    // A draft on top of a submitted version becomes its next version.
    return db.reaction.create({
      data: { procedureId, organisationId: actor.organisationId, authorId: actor.userId, subject: input.subject, body: input.body, attachmentId, version: current.version + 1, previousVersionId: current.id },
    });
  }
  return db.reaction.create({ data: { procedureId, organisationId: actor.organisationId, authorId: actor.userId, subject: input.subject, body: input.body, attachmentId } });
}

export async function submitReaction({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: SaveInput; idempotencyKey: string; now: Date;
}) {
  return submitWithReceipt(actor, idempotencyKey, now, async (tx) => {
    await assertAllowed(actor, "reaction.submit", procedureId, now);
    const current = input.reactionId ? await ownLatest(actor, procedureId, input.reactionId) : null;
    const attachment = await attachmentFor(actor, input);
    const data = { subject: input.subject, body: input.body, attachmentId: attachment?.id ?? null, status: "SUBMITTED" as const, submittedAt: now };
    const reaction =
      current?.status === "DRAFT"
        ? await tx.reaction.update({ where: { id: current.id }, data })
        : await tx.reaction.create({
            data: {
              ...data, procedureId, organisationId: actor.organisationId, authorId: actor.userId,
              version: current ? current.version + 1 : 1, previousVersionId: current?.id ?? null,
            },
          });
    await recordAudit(tx, actor, now, { action: "reaction.submit", entityType: "Reaction", entityId: reaction.id, procedureId, after: { version: reaction.version } });
    const content = {
      subject: reaction.subject,
      body: reaction.body,
      attachment: attachment ? { fileName: attachment.fileName, sha256: attachment.sha256, sizeBytes: attachment.sizeBytes } : null,
    };
    return { procedureId, kind: "REACTION", subjectId: reaction.id, version: reaction.version, content };
  });
}

export async function processReaction({ actor, procedureId, input, now }: {
  actor: Actor; procedureId: string; input: z.output<typeof processReactionSchema>; now: Date;
}) {
  await assertAllowed(actor, "reaction.process", procedureId, now);
  const reaction = await db.reaction.findFirst({ where: { id: input.reactionId, procedureId, status: "SUBMITTED" } });
  if (!reaction) throw new DomainError("NOT_FOUND", "Deze ingediende reactie bestaat niet.");
  if (await db.reaction.findFirst({ where: { previousVersionId: reaction.id, status: "SUBMITTED" } })) {
    throw new DomainError("CONFLICT", "Er is een nieuwere ingediende versie van deze reactie; verwerk die.");
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.reaction.update({
      where: { id: reaction.id },
      data: { outcome: input.outcome, processingText: input.processingText, changedSection: input.changedSection || null, processedById: actor.userId, processedAt: now },
    });
    await recordAudit(tx, actor, now, {
      action: "reaction.process", entityType: "Reaction", entityId: reaction.id, procedureId,
      before: { outcome: reaction.outcome, processingText: reaction.processingText },
      after: { outcome: updated.outcome, processingText: updated.processingText, changedSection: updated.changedSection },
    });
    return updated;
  });
}
