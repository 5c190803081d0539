import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";
import { AGREEMENT_LABELS, OPT_OUT_SCOPE_LABELS, type AgreementType, type OptOutNoticeSummary, type OptOutScope } from "@/lib/domain/opt-out";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// Reads for opt-out. A provider reads only its own organisation (from the
// actor, never the request); the overview, the export and a provider's detail
// are for staff. DTOs only.

export interface SegmentDto {
  id: string;
  code: string;
  name: string;
}

export interface HeldSegmentDto {
  segmentId: string;
  name: string;
  agreementType: AgreementType;
  agreement: string;
}

export interface OptOutNoticeDto extends OptOutNoticeSummary {
  id: string;
  scope: OptOutScope;
  contentSha256: string | null;
}

export interface ProviderOptOutDto {
  organisationId: string;
  organisationName: string;
  kvkNumber: string | null;
  holdings: HeldSegmentDto[];
  /** Newest first; versions[0] is the notice in force. */
  versions: OptOutNoticeDto[];
}

function assertStaff(actor: Actor): void {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
}

export async function listProcedureSegments(procedureId: string): Promise<SegmentDto[]> {
  const rows = await db.segment.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } });
  return rows.map((s) => ({ id: s.id, code: s.code, name: s.name }));
}

async function holdingsOf(organisationIds: string[], procedureId: string): Promise<Map<string, HeldSegmentDto[]>> {
  const rows = await db.providerContractSegment.findMany({
    where: { organisationId: { in: organisationIds }, segment: { procedureId } },
    include: { segment: true },
    orderBy: [{ segment: { sortOrder: "asc" } }, { agreementType: "asc" }],
  });
  const byOrganisation = new Map<string, HeldSegmentDto[]>(organisationIds.map((id) => [id, []]));
  for (const r of rows) {
    byOrganisation.get(r.organisationId)?.push({
      segmentId: r.segmentId, name: r.segment.name, agreementType: r.agreementType, agreement: AGREEMENT_LABELS[r.agreementType],
    });
  }
  return byOrganisation;
}

/** Submitted notices matching `where`, newest version first, with their receipts. */
async function notices(where: Prisma.OptOutNoticeWhereInput) {
  const rows = await db.optOutNotice.findMany({
    where: { ...where, status: "SUBMITTED" },
    include: { segments: { include: { segment: true } } },
    orderBy: [{ organisationId: "asc" }, { version: "desc" }],
  });
  const receipts = await db.receipt.findMany({
    where: { kind: "OPT_OUT", subjectId: { in: rows.map((r) => r.id) } },
    select: { subjectId: true, number: true, contentSha256: true },
  });
  const receiptOf = new Map(receipts.map((r) => [r.subjectId, r]));
  return rows.map((n): OptOutNoticeDto & { organisationId: string } => ({
    id: n.id,
    organisationId: n.organisationId,
    version: n.version,
    scope: n.scope,
    scopeLabel: OPT_OUT_SCOPE_LABELS[n.scope],
    segments: n.segments.map((s) => s.segment).sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.name),
    noticeOn: n.noticeOn.toISOString().slice(0, 10),
    signatoryName: n.signatoryName,
    signatoryFunction: n.signatoryFunction,
    submittedAt: n.submittedAt ?? n.createdAt,
    receiptNumber: receiptOf.get(n.id)?.number ?? null,
    contentSha256: receiptOf.get(n.id)?.contentSha256 ?? null,
  }));
}

/** The segments the actor's own organisation holds in this procedure. */
export async function listOwnHeldSegments(actor: Actor, procedureId: string): Promise<HeldSegmentDto[]> {
  return (await holdingsOf([actor.organisationId], procedureId)).get(actor.organisationId) ?? [];
}

/** The own organisation's notices, newest first (the first is in force); empty when none. */
export async function listOwnOptOutVersions(actor: Actor, procedureId: string): Promise<OptOutNoticeDto[]> {
  return notices({ procedureId, organisationId: actor.organisationId });
}

async function providersWithNotices(procedureId: string, organisationWhere: Prisma.OrganisationWhereInput): Promise<ProviderOptOutDto[]> {
  const organisations = await db.organisation.findMany({
    where: { ...organisationWhere, kind: "PROVIDER" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kvkNumber: true },
  });
  const ids = organisations.map((o) => o.id);
  const [holdings, all] = await Promise.all([holdingsOf(ids, procedureId), notices({ procedureId, organisationId: { in: ids } })]);
  return organisations.map((o) => ({
    organisationId: o.id,
    organisationName: o.name,
    kvkNumber: o.kvkNumber,
    holdings: holdings.get(o.id) ?? [],
    versions: all.filter((n) => n.organisationId === o.id),
  }));
}

/** Staff: every provider with its segments and its notices (newest first). */
export async function listOptOutOverview(actor: Actor, procedureId: string): Promise<ProviderOptOutDto[]> {
  assertStaff(actor);
  return providersWithNotices(procedureId, {});
}

/** Staff: one provider; any other organisation id is NOT_FOUND. */
export async function getProviderOptOut(actor: Actor, procedureId: string, organisationId: string): Promise<ProviderOptOutDto> {
  assertStaff(actor);
  const [provider] = await providersWithNotices(procedureId, { id: organisationId });
  if (!provider) throw new DomainError("NOT_FOUND", "Deze aanbieder bestaat niet.");
  return provider;
}
