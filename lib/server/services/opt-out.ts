import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { SELECTION_ERRORS, selectOptOutSegments } from "@/lib/domain/opt-out";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { recordContractSegmentsSchema, submitOptOutSchema } from "@/lib/schemas/opt-out";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { submitWithReceipt } from "../receipts";

// Opt-out ((deels) opzeggen, SPEC §6, issue 4). A provider (or staff for it)
// records which segments it holds under its current agreement; in the opt-out
// window the provider submits a notice for the whole agreement or chosen held
// segments. Every submit is a new immutable version with its own receipt; a
// later one replaces the earlier one (version + 1, previousVersionId).

type Tx = Prisma.TransactionClient;
type SubmitInput = Omit<z.output<typeof submitOptOutSchema>, "idempotencyKey">;
type RecordInput = z.output<typeof recordContractSegmentsSchema>;

const NOT_A_PROVIDER = "Deze aanbieder bestaat niet.";

/** One submit or record at a time per organisation: later ones wait and then see the first one's result. */
async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
}

function heldSegments(tx: Tx | typeof db, organisationId: string, procedureId: string) {
  return tx.providerContractSegment.findMany({
    where: { organisationId, segment: { procedureId } },
    include: { segment: true },
    orderBy: [{ segment: { sortOrder: "asc" } }, { agreementType: "asc" }],
  });
}

/** Providers record their own segments; staff those of any provider. Any other organisation is NOT_FOUND. */
async function assertMayRecordFor(actor: Actor, organisationId: string): Promise<void> {
  if (actor.role === "PROVIDER") {
    if (organisationId !== actor.organisationId) throw new DomainError("NOT_FOUND", NOT_A_PROVIDER);
    return;
  }
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
  const organisation = await db.organisation.findFirst({ where: { id: organisationId, kind: "PROVIDER" }, select: { id: true } });
  if (!organisation) throw new DomainError("NOT_FOUND", NOT_A_PROVIDER);
}

/** Replaces the segments an organisation holds in this procedure; audited with before and after. */
export async function recordContractSegments({ actor, procedureId, organisationId, input, now }: {
  actor: Actor; procedureId: string; organisationId: string; input: RecordInput; now: Date;
}) {
  await assertMayRecordFor(actor, organisationId);
  const wanted = [...new Set(input.segmentIds)];
  const segments = await db.segment.findMany({ where: { procedureId, id: { in: wanted } }, orderBy: { sortOrder: "asc" } });
  if (wanted.length === 0 || segments.length !== wanted.length) {
    throw new DomainError("VALIDATION", undefined, { segmentIds: "Kies ten minste één segment uit de lijst." });
  }
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, organisationId);
    const before = await heldSegments(tx, organisationId, procedureId);
    await tx.providerContractSegment.deleteMany({ where: { organisationId, segment: { procedureId } } });
    await tx.providerContractSegment.createMany({
      data: segments.map((s) => ({ organisationId, segmentId: s.id, agreementType: input.agreementType })),
    });
    await recordAudit(tx, actor, now, {
      action: "contractSegments.record", entityType: "Organisation", entityId: organisationId, procedureId,
      before: { holdings: before.map((h) => ({ segment: h.segment.code, agreementType: h.agreementType })) },
      after: { holdings: segments.map((s) => ({ segment: s.code, agreementType: input.agreementType })) },
    });
    return segments.map((s) => ({ segmentId: s.id, code: s.code, name: s.name, agreementType: input.agreementType }));
  });
}

/**
 * Submits an opt-out notice with a receipt (idempotent per key). Refused
 * outside the opt-out window with the window's Dutch message; nothing is
 * written then. `replacesNoticeId` must be the organisation's current notice
 * ("" for the first), so a newer notice by a colleague is never replaced unseen.
 */
export async function submitOptOut({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: SubmitInput; idempotencyKey: string; now: Date;
}) {
  const result = await submitWithReceipt(actor, idempotencyKey, now, (tx) => writeNotice(tx, actor, procedureId, input, now)).catch(
    async (error: unknown) => {
      // A double click: the twin with the same key waited for the organisation
      // lock and then saw the first one's notice as newer. Answer with its receipt.
      const winner = await db.receipt.findUnique({ where: { submittedById_idempotencyKey: { submittedById: actor.userId, idempotencyKey } } });
      if (winner) return { receipt: winner, replayed: true };
      throw error;
    },
  );
  if (result.receipt.kind !== "OPT_OUT") {
    throw new DomainError("CONFLICT", "Dit formulier is al voor iets anders gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return result;
}

/** The submission itself, inside the receipt's transaction. */
async function writeNotice(tx: Tx, actor: Actor, procedureId: string, input: SubmitInput, now: Date) {
  await assertAllowed(actor, "optOut.submit", procedureId, now);
  const organisationId = actor.organisationId;
  await lockOrganisation(tx, organisationId);

  const latest = await tx.optOutNotice.findFirst({ where: { procedureId, organisationId, status: "SUBMITTED" }, orderBy: { version: "desc" } });
  await assertReplaces(tx, { procedureId, organisationId, latest, replacesNoticeId: input.replacesNoticeId });
  if (input.noticeOn > instantToLocalDate(now)) {
    throw new DomainError("VALIDATION", undefined, { noticeOn: "De datum van de opzegging kan niet na vandaag liggen." });
  }

  const held = await heldSegments(tx, organisationId, procedureId);
  const selection = selectOptOutSegments(input.scope, input.segmentIds, held.map((h) => h.segmentId));
  if (!selection.ok) {
    const message = SELECTION_ERRORS[selection.error];
    throw selection.error === "NOTHING_HELD"
      ? new DomainError("VALIDATION", message)
      : new DomainError("VALIDATION", undefined, { segmentIds: message });
  }
  const byId = new Map(held.map((h) => [h.segmentId, h.segment]));
  const segments = selection.segmentIds.flatMap((id) => byId.get(id) ?? []);

  const notice = await tx.optOutNotice.create({
    data: {
      procedureId, organisationId, status: "SUBMITTED", submittedAt: now,
      version: (latest?.version ?? 0) + 1, previousVersionId: latest?.id ?? null,
      scope: input.scope, noticeOn: new Date(`${input.noticeOn}T00:00:00Z`),
      signatoryName: input.signatoryName, signatoryFunction: input.signatoryFunction,
      segments: { create: segments.map((s) => ({ segmentId: s.id })) },
    },
  });
  const content = {
    scope: input.scope,
    segments: segments.map((s) => ({ code: s.code, name: s.name })),
    noticeOn: input.noticeOn,
    signatory: { name: input.signatoryName, function: input.signatoryFunction },
    version: notice.version,
    replacesVersion: latest?.version ?? null,
  };
  await recordAudit(tx, actor, now, {
    action: "optOut.submit", entityType: "OptOutNotice", entityId: notice.id, procedureId,
    before: latest ? { noticeId: latest.id, version: latest.version } : undefined,
    after: { ...content, previousVersionId: latest?.id ?? null },
  });
  return { procedureId, kind: "OPT_OUT" as const, subjectId: notice.id, version: notice.version, content };
}

async function assertReplaces(tx: Tx, { procedureId, organisationId, latest, replacesNoticeId }: {
  procedureId: string; organisationId: string; latest: { id: string; version: number } | null; replacesNoticeId: string;
}): Promise<void> {
  if (replacesNoticeId) {
    const seen = await tx.optOutNotice.findFirst({ where: { id: replacesNoticeId, procedureId, organisationId }, select: { id: true } });
    if (!seen) throw new DomainError("NOT_FOUND", "Deze opzegging bestaat niet of is niet van uw organisatie.");
  }
  if ((latest?.id ?? "") !== replacesNoticeId) {
    throw new DomainError(
      "CONFLICT",
      latest
        ? `Uw organisatie heeft intussen een nieuwere opzegging ingediend (versie ${latest.version}). Laad de pagina opnieuw en bekijk die eerst.`
        : "De opzegging die u wilde vervangen is niet meer de huidige. Laad de pagina opnieuw.",
    );
  }
}
