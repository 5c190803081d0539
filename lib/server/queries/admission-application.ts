import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/domain/actor";
import type { AdmissionContext, ApplicationContent } from "@/lib/domain/admission/application";
import { DomainError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// A provider's own admission application (issue 6). Every read is scoped to
// the actor's organisation, taken from the actor and never from the request:
// another organisation's application id is simply not found. DTOs only.

export const APPLICATION_NOT_FOUND = "Deze aanvraag bestaat niet of is niet van uw organisatie.";

/** A stored calendar date as "YYYY-MM-DD"; "" for a draft reference whose date is not filled in yet. */
export function dateToLocal(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export interface AdmissionContextView extends AdmissionContext {
  clusters: (AdmissionContext["clusters"][number] & { code: string; scope: string })[];
  exclusionGrounds: (AdmissionContext["exclusionGrounds"][number] & { isExample: boolean })[];
}

/** The procedure data an application is made of: clusters with their requirements, and the exclusion grounds. */
export const getAdmissionContext = cache(async (procedureId: string): Promise<AdmissionContextView> => {
  const [clusters, grounds] = await Promise.all([
    db.cluster.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, include: { requirements: { orderBy: { sortOrder: "asc" } } } }),
    db.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } }),
  ]);
  return {
    clusters: clusters.map((c) => ({
      id: c.id, code: c.code, name: c.name, scope: c.scope, minExperienceMonths: c.minExperienceMonths,
      requirements: c.requirements.map((r) => ({ id: r.id, kind: r.kind, code: r.code, text: r.text })),
    })),
    exclusionGrounds: grounds.map((g) => ({ id: g.id, code: g.code, text: g.text, isExample: g.isExample })),
  };
});

export interface ApplicationDocumentView {
  documentId: string;
  label: string;
  fileName: string;
  sizeBytes: number;
}

export interface ApplicationVersionView {
  id: string;
  version: number;
  status: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  updatedAt: Date;
  receiptNumber: string | null;
  contentSha256: string | null;
  content: ApplicationContent;
  documents: ApplicationDocumentView[];
}

export interface SubmittedVersionSummary {
  id: string;
  version: number;
  submittedAt: Date;
  receiptNumber: string | null;
  clusterNames: string[];
}

export interface OwnApplication {
  /** The version being worked on: the open draft, else the last submitted version; null before the first save. */
  head: ApplicationVersionView | null;
  /** The submitted version that counts (the newest); null when nothing was submitted. */
  lastSubmitted: ApplicationVersionView | null;
  /** Every submitted version, newest first. */
  submitted: SubmittedVersionSummary[];
}

const versionInclude = {
  clusters: { include: { cluster: { select: { sortOrder: true, name: true } }, expertise: true } },
  declarations: true,
  references: { orderBy: { position: "asc" } },
  documents: { include: { document: { select: { fileName: true, sizeBytes: true, createdAt: true } } } },
} satisfies Prisma.AdmissionApplicationInclude;

type VersionRow = Prisma.AdmissionApplicationGetPayload<{ include: typeof versionInclude }>;

function toContent(row: VersionRow): ApplicationContent {
  const clusters = [...row.clusters].sort((a, b) => a.cluster.sortOrder - b.cluster.sortOrder);
  const documents = [...row.documents].sort((a, b) => a.document.createdAt.getTime() - b.document.createdAt.getTime());
  return {
    clusterIds: clusters.map((c) => c.clusterId),
    clusters: Object.fromEntries(
      clusters.map((c) => [
        c.clusterId,
        {
          careLandscapeKnowledge: c.careLandscapeKnowledge,
          educationalOfferKnowledge: c.educationalOfferKnowledge,
          expertise: Object.fromEntries(c.expertise.map((e) => [e.requirementId, e.substantiation])),
        },
      ]),
    ),
    declaredGroundIds: row.declarations.filter((d) => d.declared).map((d) => d.exclusionGroundId),
    signerName: row.signerName ?? "",
    signerFunction: row.signerFunction ?? "",
    signedOn: dateToLocal(row.signedOn),
    references: row.references.map((r) => ({
      clusterId: r.clusterId, schoolName: r.schoolName, place: r.place, startOn: dateToLocal(r.startOn), endOn: dateToLocal(r.endOn),
      description: r.description, contactName: r.contactName, contactEmail: r.contactEmail ?? "", contactPhone: r.contactPhone ?? "",
    })),
    documents: documents.map((d) => ({ documentId: d.documentId, label: d.label })),
  };
}

async function receiptsOf(ids: string[]) {
  const rows = await db.receipt.findMany({ where: { kind: "APPLICATION", subjectId: { in: ids } }, select: { subjectId: true, number: true, contentSha256: true } });
  return new Map(rows.map((r) => [r.subjectId, r]));
}

function toView(row: VersionRow, receipt: { number: string; contentSha256: string } | undefined): ApplicationVersionView {
  const documents = [...row.documents].sort((a, b) => a.document.createdAt.getTime() - b.document.createdAt.getTime());
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    receiptNumber: receipt?.number ?? null,
    contentSha256: receipt?.contentSha256 ?? null,
    content: toContent(row),
    documents: documents.map((d) => ({ documentId: d.documentId, label: d.label, fileName: d.document.fileName, sizeBytes: d.document.sizeBytes })),
  };
}

/** The actor's organisation's application in this procedure: the version to work on, the one that counts, and all submitted ones. */
export async function getOwnApplication(actor: Actor, procedureId: string): Promise<OwnApplication> {
  const organisationId = actor.organisationId;
  const [headRow, submittedRows] = await Promise.all([
    db.admissionApplication.findFirst({ where: { procedureId, organisationId, nextVersion: null }, orderBy: { version: "desc" }, include: versionInclude }),
    db.admissionApplication.findMany({
      where: { procedureId, organisationId, status: "SUBMITTED" },
      orderBy: { version: "desc" },
      select: { id: true, version: true, submittedAt: true, createdAt: true, clusters: { select: { cluster: { select: { name: true, sortOrder: true } } } } },
    }),
  ]);
  const lastSubmittedId = submittedRows[0]?.id;
  const lastRow =
    !lastSubmittedId ? null : headRow?.id === lastSubmittedId ? headRow : await db.admissionApplication.findFirst({ where: { id: lastSubmittedId, organisationId }, include: versionInclude });
  const receipts = await receiptsOf(submittedRows.map((r) => r.id));
  return {
    head: headRow ? toView(headRow, receipts.get(headRow.id)) : null,
    lastSubmitted: lastRow ? toView(lastRow, receipts.get(lastRow.id)) : null,
    submitted: submittedRows.map((r) => ({
      id: r.id,
      version: r.version,
      submittedAt: r.submittedAt ?? r.createdAt,
      receiptNumber: receipts.get(r.id)?.number ?? null,
      clusterNames: [...r.clusters].sort((a, b) => a.cluster.sortOrder - b.cluster.sortOrder).map((c) => c.cluster.name),
    })),
  };
}

/** One version of the own organisation's application; any other id is NOT_FOUND. */
export async function getOwnApplicationVersion(actor: Actor, procedureId: string, applicationId: string): Promise<ApplicationVersionView> {
  const row = await db.admissionApplication.findFirst({ where: { id: applicationId, procedureId, organisationId: actor.organisationId }, include: versionInclude });
  if (!row) throw new DomainError("NOT_FOUND", APPLICATION_NOT_FOUND);
  return toView(row, (await receiptsOf([row.id])).get(row.id));
}
