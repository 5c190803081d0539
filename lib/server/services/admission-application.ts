import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { applicationIssues, experienceSummary, type ApplicationContent, type ApplicationIssue } from "@/lib/domain/admission/application";
import { formatExperience } from "@/lib/domain/admission/experience";
import { DomainError } from "@/lib/domain/errors";
import { instantToLocalDate } from "@/lib/domain/local-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { applicationContentSchema } from "@/lib/schemas/admission";
import { recordAudit } from "../audit";
import { assertAllowed } from "../authorize";
import { db } from "../db";
import { APPLICATION_NOT_FOUND, getAdmissionContext, type AdmissionContextView } from "../queries/admission-application";
import { submitWithReceipt } from "../receipts";

// Admission applications (SPEC §7, issue 6), provider side. One chain of
// versions per organisation and procedure: at most one DRAFT, always the
// newest. A draft is saved as it is (incomplete is fine); a submit needs a
// complete application and turns the draft into an immutable SUBMITTED
// version with a receipt. Editing after a submit creates the next version as
// a draft. Everything is refused outside the admission window (assertAllowed),
// and nothing is written then.

type Tx = Prisma.TransactionClient;
type Content = z.output<typeof applicationContentSchema>;
type Input = Content & { applicationId: string };
type Head = { id: string; version: number; status: "DRAFT" | "SUBMITTED"; previousVersionId: string | null };

const UNKNOWN_PARTS = "Dit formulier bevat onderdelen die niet (meer) bij deze procedure horen. Laad de pagina opnieuw.";

/** One save or submit at a time per organisation; a later one waits and then sees the first one's result. */
async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
}

function headVersion(tx: Tx, procedureId: string, organisationId: string): Promise<Head | null> {
  return tx.admissionApplication.findFirst({
    where: { procedureId, organisationId, nextVersion: null },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true, previousVersionId: true },
  });
}

/**
 * The form was loaded from version `applicationId` ("" for none). It may write
 * when that is still the newest version, or when the newest is a draft built
 * on it (a colleague's or its own earlier autosave). Another organisation's
 * id is NOT_FOUND; an older own version is a CONFLICT (never overwrite unseen).
 */
async function assertBasedOn(tx: Tx, actor: Actor, procedureId: string, head: Head | null, applicationId: string): Promise<void> {
  if (applicationId) {
    const own = await tx.admissionApplication.findFirst({ where: { id: applicationId, procedureId, organisationId: actor.organisationId }, select: { id: true } });
    if (!own) throw new DomainError("NOT_FOUND", APPLICATION_NOT_FOUND);
  }
  if (applicationId === (head?.id ?? "")) return;
  if (head?.status === "DRAFT" && applicationId === (head.previousVersionId ?? "")) return;
  throw new DomainError(
    "CONFLICT",
    `Uw organisatie heeft intussen een nieuwere versie van de aanvraag opgeslagen of ingediend (versie ${head?.version ?? 1}). ` +
      "Laad de pagina opnieuw om die te zien; wijzigingen die u hier sindsdien maakte zijn niet opgeslagen.",
  );
}

/** Every id in the content must belong to this procedure (a tampered or outdated form is refused). */
function assertKnownParts(content: Content, context: AdmissionContextView): void {
  const clusters = new Map(context.clusters.map((c) => [c.id, c]));
  const grounds = new Set(context.exclusionGrounds.map((g) => g.id));
  const ok =
    content.clusterIds.every((id) => clusters.has(id)) &&
    content.declaredGroundIds.every((id) => grounds.has(id)) &&
    content.references.every((r) => clusters.has(r.clusterId)) &&
    content.clusterIds.every((id) => {
      const expertise = new Set(clusters.get(id)?.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => r.id));
      return Object.keys(content.clusters[id]?.expertise ?? {}).every((rid) => expertise.has(rid));
    });
  if (!ok) throw new DomainError("VALIDATION", UNKNOWN_PARTS);
}

/** The attached documents, which must all be the actor's organisation's own uploads. */
async function ownDocuments(tx: Tx, actor: Actor, content: Content) {
  const ids = [...new Set(content.documents.map((d) => d.documentId))];
  const documents = await tx.document.findMany({ where: { id: { in: ids }, organisationId: actor.organisationId } });
  if (documents.length !== ids.length) throw new DomainError("NOT_FOUND", "Een bijgevoegd bestand bestaat niet of is niet van uw organisatie.");
  return new Map(documents.map((d) => [d.id, d]));
}

const dateOrUnset = (localDate: string) => (localDate ? new Date(`${localDate}T00:00:00Z`) : null);
const optional = (s: string) => (s.trim() ? s : null);

/** Replaces the content rows of a version (only ever a draft, or the version being submitted, inside its transaction). */
async function writeContent(tx: Tx, applicationId: string, content: Content): Promise<void> {
  await tx.applicationCluster.deleteMany({ where: { applicationId } });
  await tx.applicationDeclaration.deleteMany({ where: { applicationId } });
  await tx.referenceAssignment.deleteMany({ where: { applicationId } });
  await tx.applicationDocument.deleteMany({ where: { applicationId } });
  for (const clusterId of [...new Set(content.clusterIds)]) {
    const part = content.clusters[clusterId];
    await tx.applicationCluster.create({
      data: {
        applicationId, clusterId,
        careLandscapeKnowledge: part?.careLandscapeKnowledge ?? "",
        educationalOfferKnowledge: part?.educationalOfferKnowledge ?? "",
        expertise: { create: Object.entries(part?.expertise ?? {}).filter(([, text]) => text.trim()).map(([requirementId, substantiation]) => ({ requirementId, substantiation })) },
      },
    });
  }
  await tx.applicationDeclaration.createMany({ data: [...new Set(content.declaredGroundIds)].map((exclusionGroundId) => ({ applicationId, exclusionGroundId, declared: true })) });
  await tx.referenceAssignment.createMany({
    data: content.references.map((r, position) => ({
      position, applicationId, clusterId: r.clusterId, schoolName: r.schoolName, place: r.place,
      startOn: dateOrUnset(r.startOn), endOn: dateOrUnset(r.endOn), description: r.description,
      contactName: r.contactName, contactEmail: optional(r.contactEmail), contactPhone: optional(r.contactPhone),
    })),
  });
  const documents = new Map(content.documents.map((d) => [d.documentId, d.label]));
  await tx.applicationDocument.createMany({ data: [...documents].map(([documentId, label]) => ({ applicationId, documentId, label })) });
}

const signer = (content: Content) => ({
  signerName: optional(content.signerName),
  signerFunction: optional(content.signerFunction),
  signedOn: content.signedOn ? new Date(`${content.signedOn}T00:00:00Z`) : null,
});

/** The draft to write into: the open one, or a new version on top of the last submitted one. */
async function draftFor(tx: Tx, actor: Actor, procedureId: string, head: Head | null, content: Content) {
  if (head?.status === "DRAFT") return tx.admissionApplication.update({ where: { id: head.id }, data: signer(content) });
  return tx.admissionApplication.create({
    data: { procedureId, organisationId: actor.organisationId, status: "DRAFT", version: (head?.version ?? 0) + 1, previousVersionId: head?.id ?? null, ...signer(content) },
  });
}

/** Saves the form as a draft, complete or not (autosave). Refused outside the admission window. */
export async function saveApplicationDraft({ actor, procedureId, input, now }: { actor: Actor; procedureId: string; input: Input; now: Date }) {
  await assertAllowed(actor, "application.submit", procedureId, now);
  const { applicationId, ...content } = input;
  assertKnownParts(content, await getAdmissionContext(procedureId));
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, actor.organisationId);
    const head = await headVersion(tx, procedureId, actor.organisationId);
    await assertBasedOn(tx, actor, procedureId, head, applicationId);
    await ownDocuments(tx, actor, content);
    const draft = await draftFor(tx, actor, procedureId, head, content);
    await writeContent(tx, draft.id, content);
    return draft;
  });
}

class IncompleteApplication extends Error {
  constructor(readonly issues: ApplicationIssue[]) {
    super("incomplete application");
  }
}

function incompleteError(issues: ApplicationIssue[]): DomainError {
  const n = issues.length;
  return new DomainError(
    "VALIDATION",
    `De aanvraag is nog niet compleet: ${n === 1 ? "1 onderdeel ontbreekt of klopt niet" : `${n} onderdelen ontbreken of kloppen niet`}. ` +
      "Er is niets ingediend; uw concept is bewaard.",
    Object.fromEntries(issues.map((i) => [i.fieldId, i.message])),
  );
}

/** Text as submitted: trimmed. */
function trimmed(content: Content): Content {
  const t = (s: string) => s.trim();
  return {
    ...content,
    clusterIds: [...new Set(content.clusterIds)],
    clusters: Object.fromEntries(
      [...new Set(content.clusterIds)].map((id) => {
        const part = content.clusters[id];
        return [id, {
          careLandscapeKnowledge: t(part?.careLandscapeKnowledge ?? ""),
          educationalOfferKnowledge: t(part?.educationalOfferKnowledge ?? ""),
          expertise: Object.fromEntries(Object.entries(part?.expertise ?? {}).map(([k, v]) => [k, t(v)])),
        }];
      }),
    ),
    declaredGroundIds: [...new Set(content.declaredGroundIds)],
    signerName: t(content.signerName),
    signerFunction: t(content.signerFunction),
    references: content.references.map((r) => ({
      ...r, schoolName: t(r.schoolName), place: t(r.place), description: t(r.description),
      contactName: t(r.contactName), contactEmail: t(r.contactEmail), contactPhone: t(r.contactPhone),
    })),
    documents: content.documents.map((d) => ({ documentId: d.documentId, label: t(d.label) })),
  };
}

/**
 * Submits the application with a receipt (idempotent per key). An incomplete
 * application is refused with every missing item (field id -> message), and
 * what was typed is kept as the draft. Outside the window nothing is written.
 */
export async function submitApplication({ actor, procedureId, input, idempotencyKey, now }: {
  actor: Actor; procedureId: string; input: Input; idempotencyKey: string; now: Date;
}) {
  await assertAllowed(actor, "application.submit", procedureId, now);
  const context = await getAdmissionContext(procedureId);
  const { applicationId, ...raw } = input;
  assertKnownParts(raw, context);
  const content = trimmed(raw);
  let result;
  try {
    result = await submitWithReceipt(actor, idempotencyKey, now, (tx) => writeSubmission(tx, actor, procedureId, applicationId, content, context, now));
  } catch (error) {
    if (error instanceof IncompleteApplication) {
      await saveApplicationDraft({ actor, procedureId, input, now });
      throw incompleteError(error.issues);
    }
    // A double click: the twin with the same key waited for the lock and then
    // found the first one's version. Answer with the first one's receipt.
    const winner = await db.receipt.findUnique({ where: { submittedById_idempotencyKey: { submittedById: actor.userId, idempotencyKey } } });
    if (winner) result = { receipt: winner, replayed: true };
    else throw error;
  }
  if (result.receipt.kind !== "APPLICATION") {
    throw new DomainError("CONFLICT", "Dit formulier is al voor iets anders gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return result;
}

async function writeSubmission(tx: Tx, actor: Actor, procedureId: string, applicationId: string, content: Content, context: AdmissionContextView, now: Date) {
  await assertAllowed(actor, "application.submit", procedureId, now);
  await lockOrganisation(tx, actor.organisationId);
  const head = await headVersion(tx, procedureId, actor.organisationId);
  await assertBasedOn(tx, actor, procedureId, head, applicationId);
  const issues = applicationIssues(content, context, instantToLocalDate(now));
  if (issues.length > 0) throw new IncompleteApplication(issues);
  const documents = await ownDocuments(tx, actor, content);

  const previous = head?.status === "SUBMITTED" ? head : head?.previousVersionId ? await tx.admissionApplication.findUnique({ where: { id: head.previousVersionId }, select: { id: true, version: true } }) : null;
  const data = { status: "SUBMITTED" as const, submittedAt: now, ...signer(content) };
  const application =
    head?.status === "DRAFT"
      ? await tx.admissionApplication.update({ where: { id: head.id }, data })
      : await tx.admissionApplication.create({
          data: { ...data, procedureId, organisationId: actor.organisationId, version: (head?.version ?? 0) + 1, previousVersionId: head?.id ?? null },
        });
  await writeContent(tx, application.id, content);

  const receiptContent = receiptContentOf(content, context, documents, application.version, previous?.version ?? null);
  await recordAudit(tx, actor, now, {
    action: "application.submit", entityType: "AdmissionApplication", entityId: application.id, procedureId,
    before: previous ? { applicationId: previous.id, version: previous.version } : undefined,
    after: { version: application.version, previousVersionId: application.previousVersionId, clusters: receiptContent.clusters.map((c) => c.code) },
  });
  return { procedureId, kind: "APPLICATION" as const, subjectId: application.id, version: application.version, content: receiptContent };
}

/** Exactly what was submitted, with the procedure's own texts, for the receipt and its SHA-256. */
function receiptContentOf(
  content: ApplicationContent,
  context: AdmissionContextView,
  documents: Map<string, { fileName: string; sha256: string; sizeBytes: number }>,
  version: number,
  replacesVersion: number | null,
) {
  const codeOf = new Map(context.clusters.map((c) => [c.id, c.code]));
  const experience = new Map(experienceSummary(content, context).map((e) => [e.clusterId, e]));
  return {
    version,
    replacesVersion,
    clusters: context.clusters
      .filter((c) => content.clusterIds.includes(c.id))
      .map((c) => ({
        code: c.code,
        name: c.name,
        experience: formatExperience(experience.get(c.id)?.experience ?? { months: 0, days: 0 }),
        meetsMinimumExperience: experience.get(c.id)?.meetsMinimum ?? false,
        careLandscapeKnowledge: content.clusters[c.id]?.careLandscapeKnowledge ?? "",
        educationalOfferKnowledge: content.clusters[c.id]?.educationalOfferKnowledge ?? "",
        expertise: c.requirements
          .filter((r) => r.kind === "EXPERTISE")
          .map((r) => ({ code: r.code, requirement: r.text, substantiation: content.clusters[c.id]?.expertise[r.id] ?? "" })),
      })),
    exclusionGrounds: context.exclusionGrounds.map((g) => ({ code: g.code, text: g.text, declared: content.declaredGroundIds.includes(g.id) })),
    signer: { name: content.signerName, function: content.signerFunction, signedOn: content.signedOn },
    references: content.references.map((r) => ({
      cluster: codeOf.get(r.clusterId) ?? r.clusterId, schoolName: r.schoolName, place: r.place, startOn: r.startOn, endOn: r.endOn,
      description: r.description, contactName: r.contactName, contactEmail: r.contactEmail, contactPhone: r.contactPhone,
    })),
    documents: content.documents.map((d) => {
      const doc = documents.get(d.documentId);
      return { label: d.label, fileName: doc?.fileName ?? "", sha256: doc?.sha256 ?? "", sizeBytes: doc?.sizeBytes ?? 0 };
    }),
  };
}
