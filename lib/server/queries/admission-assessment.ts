import "server-only";
import type { Actor } from "@/lib/domain/actor";
import {
  announcementMailSent,
  announcementWarning,
  applicationProgress,
  clusterProgress,
  isFinal,
  mayChangeAssessment,
  type AdmissionOutcome,
  type AnnouncementWarning,
  type ApplicationProgress,
  type ClusterProgress,
} from "@/lib/domain/admission/assessment";
import { experienceFor, formatExperience, meetsMinimum } from "@/lib/domain/admission/experience";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import { windowOf } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { isDemoMode } from "../env";
import { listMilestones } from "./procedure";

// Staff reads of admission applications (issue 6). Sealed until the admission
// window closes ("application.readSealed"): before that, staff see only that
// an organisation submitted (when, which version), never the content. The
// page is not the boundary: these functions refuse themselves.

/** The version staff assess: submitted, with no later submitted version (a later draft does not count). */
export const LATEST_SUBMITTED: Prisma.AdmissionApplicationWhereInput = {
  status: "SUBMITTED",
  submittedAt: { not: null },
  OR: [{ nextVersion: null }, { nextVersion: { status: "DRAFT" } }],
};

/** "YYYY-MM-DD" of a @db.Date column (stored as UTC midnight). */
/** "YYYY-MM-DD"; "" for a date not filled in (only ever in a draft, which staff never see). */
export function isoDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** The instant of the announcement (from the database, as staff may move it); null when not planned. */
export async function findAnnouncementAt(procedureId: string): Promise<Date | null> {
  const key = windowOf("admission.readResult");
  return (await listMilestones(procedureId)).find((m) => m.key === key)?.opensAt ?? null;
}

function assertStaff(actor: Actor): void {
  if (actor.role !== "STAFF") throw new DomainError("FORBIDDEN");
}

/** null when staff may read the content at `now`; otherwise the Dutch reason (the window has not closed). */
async function sealedReason(actor: Actor, procedureId: string, now: Date): Promise<string | null> {
  const result = authorizeAt(actor.role, "application.readSealed", await listMilestones(procedureId), now);
  if (result.allowed) return null;
  if (result.code === "FORBIDDEN") throw new DomainError("FORBIDDEN", result.message);
  return result.message;
}

async function receiptNumbers(ids: string[]): Promise<Map<string, string>> {
  const rows = await db.receipt.findMany({ where: { kind: "APPLICATION", subjectId: { in: ids } }, select: { subjectId: true, number: true } });
  return new Map(rows.map((r) => [r.subjectId, r.number]));
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((u) => [u.id, u.name]));
}

// ───────────────────────────── overview ─────────────────────────────

export interface SealedApplicationRow {
  id: string;
  organisationName: string;
  version: number;
  submittedAt: Date;
}

export interface ClusterProgressRow extends ClusterProgress {
  applicationClusterId: string;
  clusterName: string;
}

export interface ApplicationProgressRow extends SealedApplicationRow {
  receiptNumber: string | null;
  clusters: ClusterProgressRow[];
  progress: ApplicationProgress;
}

interface OverviewTimes {
  announcementAt: Date | null;
  /** When the announcement e-mail went out (once per procedure); null before. */
  resultsMailedAt: Date | null;
}

export type StaffApplicationOverview =
  | (OverviewTimes & { sealed: true; message: string; rows: SealedApplicationRow[] })
  | (OverviewTimes & { sealed: false; warning: AnnouncementWarning | null; rows: ApplicationProgressRow[] });

/**
 * Staff overview of the submitted applications. Before the close: only who
 * submitted, when and which version. After it: per application and cluster
 * the requirements assessed, the decision and whether it awaits confirmation.
 */
export async function listApplicationsForStaff(actor: Actor, procedureId: string, now: Date): Promise<StaffApplicationOverview> {
  assertStaff(actor);
  const announcementAt = await findAnnouncementAt(procedureId);
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { admissionResultsMailedAt: true } });
  const mailedAt = procedure.admissionResultsMailedAt;
  const times: OverviewTimes = { announcementAt, resultsMailedAt: announcementMailSent(mailedAt, now, isDemoMode()) ? mailedAt : null };
  const sealed = await sealedReason(actor, procedureId, now);
  const where = { procedureId, ...LATEST_SUBMITTED };
  if (sealed) {
    const rows = await db.admissionApplication.findMany({
      where,
      select: { id: true, version: true, submittedAt: true, organisation: { select: { name: true } } },
      orderBy: { submittedAt: "asc" },
    });
    return {
      ...times, sealed: true, message: sealed,
      rows: rows.map((r) => ({ id: r.id, organisationName: r.organisation.name, version: r.version, submittedAt: r.submittedAt as Date })),
    };
  }
  const rows = await db.admissionApplication.findMany({
    where,
    include: {
      organisation: { select: { name: true } },
      clusters: {
        include: {
          cluster: { include: { requirements: { select: { id: true } } } },
          assessments: { select: { requirementId: true, met: true } },
          decision: true,
        },
        orderBy: { cluster: { sortOrder: "asc" } },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  });
  const numbers = await receiptNumbers(rows.map((r) => r.id));
  const result = rows.map((r): ApplicationProgressRow => {
    const clusters = r.clusters.map((c) => {
      const met = new Map(c.assessments.map((a) => [a.requirementId, a.met]));
      const progress = clusterProgress(c.cluster.requirements.map((q) => ({ met: met.get(q.id) ?? null })), c.decision);
      return { ...progress, applicationClusterId: c.id, clusterName: c.cluster.name };
    });
    return {
      id: r.id, organisationName: r.organisation.name, version: r.version, submittedAt: r.submittedAt as Date,
      receiptNumber: numbers.get(r.id) ?? null, clusters, progress: applicationProgress(clusters),
    };
  });
  const missing = result.reduce((sum, r) => sum + r.progress.missing, 0);
  return { ...times, sealed: false, warning: announcementWarning(announcementAt, now, missing), rows: result };
}

// ───────────────────────────── one application ─────────────────────────────

export interface RequirementAssessmentView {
  id: string;
  kind: "EXPERIENCE" | "KNOWLEDGE" | "EXPERTISE";
  code: string;
  text: string;
  /** The provider's substantiation (expertise requirements). */
  substantiation: string | null;
  assessment: { met: boolean; note: string; assessedBy: string; assessedAt: Date } | null;
}

export interface DecisionView {
  id: string;
  outcome: AdmissionOutcome;
  motivation: string;
  decidedById: string;
  decidedBy: string;
  decidedAt: Date;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  final: boolean;
}

export interface ReferenceView {
  id: string;
  schoolName: string;
  place: string;
  startOn: string;
  endOn: string;
  description: string;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface ClusterAssessmentView {
  applicationClusterId: string;
  clusterName: string;
  minExperienceMonths: number;
  careLandscapeKnowledge: string;
  educationalOfferKnowledge: string;
  references: ReferenceView[];
  experience: { text: string; meetsMinimum: boolean };
  requirements: RequirementAssessmentView[];
  decision: DecisionView | null;
  progress: ClusterProgress;
  /** Why the assessment can no longer change (announced final decision); null while it can. */
  frozenReason: string | null;
}

export interface ApplicationAssessmentView {
  id: string;
  organisation: { name: string; kvkNumber: string | null; city: string | null };
  version: number;
  submittedAt: Date;
  receiptNumber: string | null;
  signer: { name: string | null; function: string | null; signedOn: string | null };
  declarations: { code: string; text: string; declared: boolean }[];
  declarationsComplete: boolean;
  documents: { id: string; label: string; fileName: string; sizeBytes: number; sha256: string }[];
  clusters: ClusterAssessmentView[];
  announcementAt: Date | null;
}

/** Loads the latest submitted version by id, scoped to the procedure; NOT_FOUND otherwise. */
async function loadApplication(procedureId: string, applicationId: string) {
  const application = await db.admissionApplication.findFirst({
    where: { id: applicationId, procedureId, ...LATEST_SUBMITTED },
    include: {
      organisation: { select: { name: true, kvkNumber: true, city: true } },
      declarations: true,
      references: { orderBy: [{ startOn: "asc" }, { position: "asc" }] },
      documents: { include: { document: { select: { id: true, fileName: true, sizeBytes: true, sha256: true } } } },
      clusters: {
        include: {
          cluster: { include: { requirements: { orderBy: { sortOrder: "asc" } } } },
          expertise: true,
          assessments: true,
          decision: true,
        },
        orderBy: { cluster: { sortOrder: "asc" } },
      },
    },
  });
  if (!application) {
    throw new DomainError("NOT_FOUND", "Deze aanvraag bestaat niet, of er is een nieuwere ingediende versie.");
  }
  return application;
}

/**
 * The full content of one application for assessment: staff only, and only
 * once the admission window has closed (PHASE_CLOSED with the date before).
 */
export async function getApplicationForAssessment(actor: Actor, procedureId: string, applicationId: string, now: Date): Promise<ApplicationAssessmentView> {
  assertStaff(actor);
  const sealed = await sealedReason(actor, procedureId, now);
  if (sealed) throw new DomainError("PHASE_CLOSED", `De inhoud van aanvragen is verzegeld tot de toelatingsprocedure sluit. ${sealed}`);
  const application = await loadApplication(procedureId, applicationId);
  const [grounds, numbers, announcementAt] = await Promise.all([
    db.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } }),
    receiptNumbers([application.id]),
    findAnnouncementAt(procedureId),
  ]);
  const names = await userNames(application.clusters.flatMap((c) => [
    ...c.assessments.map((a) => a.assessedById), c.decision?.decidedById ?? null, c.decision?.confirmedById ?? null,
  ]));
  const declared = new Map(application.declarations.map((d) => [d.exclusionGroundId, d.declared]));
  const declarations = grounds.map((g) => ({ code: g.code, text: g.text, declared: declared.get(g.id) ?? false }));
  const periods = application.references.map((r) => ({ clusterId: r.clusterId, startOn: isoDate(r.startOn), endOn: isoDate(r.endOn) }));

  const clusters = application.clusters.map((c): ClusterAssessmentView => {
    const assessments = new Map(c.assessments.map((a) => [a.requirementId, a]));
    const substantiations = new Map(c.expertise.map((e) => [e.requirementId, e.substantiation]));
    const requirements = c.cluster.requirements.map((q): RequirementAssessmentView => {
      const a = assessments.get(q.id);
      return {
        id: q.id, kind: q.kind, code: q.code, text: q.text, substantiation: substantiations.get(q.id) ?? null,
        assessment: a ? { met: a.met, note: a.note, assessedBy: names.get(a.assessedById) ?? "onbekend", assessedAt: a.assessedAt } : null,
      };
    });
    const d = c.decision;
    const decision: DecisionView | null = d
      ? {
          id: d.id, outcome: d.outcome, motivation: d.motivation, decidedById: d.decidedById, decidedBy: names.get(d.decidedById) ?? "onbekend",
          decidedAt: d.decidedAt, confirmedBy: d.confirmedById ? (names.get(d.confirmedById) ?? "onbekend") : null, confirmedAt: d.confirmedAt, final: isFinal(d),
        }
      : null;
    const experience = experienceFor(periods, c.clusterId);
    const change = mayChangeAssessment(d, announcementAt, now);
    return {
      applicationClusterId: c.id,
      clusterName: c.cluster.name,
      minExperienceMonths: c.cluster.minExperienceMonths,
      careLandscapeKnowledge: c.careLandscapeKnowledge,
      educationalOfferKnowledge: c.educationalOfferKnowledge,
      references: application.references.filter((r) => r.clusterId === c.clusterId).map((r) => ({
        id: r.id, schoolName: r.schoolName, place: r.place, startOn: isoDate(r.startOn), endOn: isoDate(r.endOn), description: r.description,
        contactName: r.contactName, contactEmail: r.contactEmail, contactPhone: r.contactPhone,
      })),
      experience: { text: formatExperience(experience), meetsMinimum: meetsMinimum(experience, c.cluster.minExperienceMonths) },
      requirements,
      decision,
      progress: clusterProgress(requirements.map((q) => ({ met: q.assessment?.met ?? null })), d),
      frozenReason: change.allowed ? null : change.message,
    };
  });

  return {
    id: application.id,
    organisation: application.organisation,
    version: application.version,
    submittedAt: application.submittedAt as Date,
    receiptNumber: numbers.get(application.id) ?? null,
    signer: { name: application.signerName, function: application.signerFunction, signedOn: application.signedOn ? isoDate(application.signedOn) : null },
    declarations,
    declarationsComplete: declarations.every((d) => d.declared),
    documents: application.documents.map((d) => ({ id: d.document.id, label: d.label, fileName: d.document.fileName, sizeBytes: d.document.sizeBytes, sha256: d.document.sha256 })),
    clusters,
    announcementAt,
  };
}
