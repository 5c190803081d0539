import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { isAnnounced, isFinal, visibleResult, type VisibleResult } from "@/lib/domain/admission/assessment";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { findAnnouncementAt, LATEST_SUBMITTED } from "./admission-assessment";
import { listMilestones } from "./procedure";

// What the outside world learns of the admission decisions (SPEC §7, §10):
// nothing before the announcement milestone ("admission.readResult"); from
// then on each provider its own final decisions with their motivation, and
// the public the admitted providers per cluster. A decision that is not final
// (a "not admitted" awaiting its second staff member) reads "In beoordeling".

export interface OwnApplicationSummary {
  id: string;
  version: number;
  submittedAt: Date;
}

export type OwnAdmissionResult =
  | { announced: false; announcementAt: Date | null; application: OwnApplicationSummary | null }
  | {
      announced: true;
      announcementAt: Date;
      application: OwnApplicationSummary | null;
      clusters: { applicationClusterId: string; clusterName: string; result: VisibleResult }[];
    };

/**
 * The actor's own organisation's result: by default for its latest submitted
 * application, or for `applicationId`, which must be one of its own submitted
 * applications (NOT_FOUND otherwise, also before the announcement).
 */
export async function getOwnAdmissionResult(actor: Actor, procedureId: string, now: Date, applicationId?: string): Promise<OwnAdmissionResult> {
  if (actor.role !== "PROVIDER") throw new DomainError("FORBIDDEN");
  const application = await db.admissionApplication.findFirst({
    where: applicationId
      ? { id: applicationId, procedureId, organisationId: actor.organisationId, status: "SUBMITTED" }
      : { procedureId, organisationId: actor.organisationId, ...LATEST_SUBMITTED },
    orderBy: { submittedAt: "desc" },
    include: { clusters: { include: { cluster: { select: { name: true } }, decision: true }, orderBy: { cluster: { sortOrder: "asc" } } } },
  });
  if (applicationId && !application) throw new DomainError("NOT_FOUND", "Deze aanvraag bestaat niet of is niet van uw organisatie.");
  const summary = application ? { id: application.id, version: application.version, submittedAt: application.submittedAt as Date } : null;
  const announcementAt = await findAnnouncementAt(procedureId);
  const gate = authorizeAt(actor.role, "admission.readResult", await listMilestones(procedureId), now);
  if (!gate.allowed || announcementAt === null || !isAnnounced(announcementAt, now)) {
    return { announced: false, announcementAt, application: summary };
  }
  return {
    announced: true,
    announcementAt,
    application: summary,
    clusters: (application?.clusters ?? []).map((c) => ({
      applicationClusterId: c.id,
      clusterName: c.cluster.name,
      result: visibleResult(c.decision, announcementAt, now),
    })),
  };
}

export type AdmittedProvidersList =
  | { published: false; publishesAt: Date | null }
  | { published: true; publishedAt: Date; clusters: { id: string; name: string; providers: { name: string; city: string | null }[] }[] };

/** The public list of admitted providers per cluster, from the announcement on; only final "admitted" decisions. */
export async function listAdmittedProviders(procedureId: string, now: Date): Promise<AdmittedProvidersList> {
  const announcementAt = await findAnnouncementAt(procedureId);
  if (announcementAt === null || !isAnnounced(announcementAt, now)) return { published: false, publishesAt: announcementAt };
  const [clusters, admitted] = await Promise.all([
    db.cluster.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    db.applicationCluster.findMany({
      where: { decision: { outcome: "ADMITTED" }, application: { procedureId, ...LATEST_SUBMITTED } },
      include: { decision: true, application: { select: { organisation: { select: { name: true, city: true } } } } },
    }),
  ]);
  return {
    published: true,
    publishedAt: announcementAt,
    clusters: clusters.map((c) => ({
      id: c.id,
      name: c.name,
      providers: admitted
        .filter((a) => a.clusterId === c.id && a.decision && isFinal(a.decision))
        .map((a) => ({ name: a.application.organisation.name, city: a.application.organisation.city }))
        .sort((x, y) => x.name.localeCompare(y.name, "nl")),
    })),
  };
}
