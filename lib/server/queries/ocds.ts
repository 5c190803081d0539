import "server-only";
import { isAnnounced, isFinal } from "@/lib/domain/admission/assessment";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { buildOcdsReleasePackage, type OcdsAdmissionInput, type OcdsInput, type OcdsReleasePackage } from "@/lib/domain/ocds";
import { db } from "../db";
import { findAnnouncementAt, LATEST_SUBMITTED } from "./admission-assessment";
import { getPublishedBudget } from "./budget";
import { getCurrentProcedure, listMilestones } from "./procedure";
import { findPublishedChoice } from "./selection-results";

// The public OCDS export (SPEC §10, docs/decisions/0014-ocds-export.md):
// actor-free, only what the public pages already show. Each source is read
// through its public gate: the published budget version, the admitted
// providers from the announcement on (final "admitted" decisions, as on
// /toegelaten-aanbieders), and published choices without their motivation.
// The domain builder re-checks every gate against `now`.

/** Final "admitted" decisions per cluster, only once announced at `now`; null before. */
async function loadAnnouncedAdmission(procedureId: string, now: Date): Promise<OcdsAdmissionInput | null> {
  const announcementAt = await findAnnouncementAt(procedureId);
  if (announcementAt === null || !isAnnounced(announcementAt, now)) return null;
  const rows = await db.applicationCluster.findMany({
    where: { decision: { outcome: "ADMITTED" }, application: { procedureId, ...LATEST_SUBMITTED } },
    select: { clusterId: true, decision: true, application: { select: { organisation: { select: { id: true, name: true, city: true } } } } },
  });
  const byCluster = new Map<string, { id: string; name: string; city: string | null }[]>();
  for (const row of rows) {
    if (!row.decision || !isFinal(row.decision)) continue;
    byCluster.set(row.clusterId, [...(byCluster.get(row.clusterId) ?? []), row.application.organisation]);
  }
  return { announcedAt: announcementAt, clusters: [...byCluster].map(([clusterId, providers]) => ({ clusterId, providers })) };
}

/** The current procedure as an OCDS 1.1 release package at `now` (the server clock). */
export async function getOcdsReleasePackage(now: Date, packageUri: string): Promise<OcdsReleasePackage> {
  const procedure = await getCurrentProcedure();
  const [milestones, clusters, servicebureau, budget, admission] = await Promise.all([
    listMilestones(procedure.id),
    db.cluster.findMany({
      where: { procedureId: procedure.id },
      select: {
        id: true, code: true, name: true, sortOrder: true,
        schools: { select: { id: true, name: true, street: true, city: true, sortOrder: true, municipality: { select: { id: true, name: true } } } },
      },
    }),
    db.organisation.findFirst({ where: { kind: "SERVICEBUREAU" }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, city: true } }),
    getPublishedBudget(procedure.id),
    loadAnnouncedAdmission(procedure.id, now),
  ]);
  const schoolIds = clusters.flatMap((c) => c.schools.map((s) => s.id));
  const published = await Promise.all(schoolIds.map((id) => findPublishedChoice(id, now)));

  const input: OcdsInput = {
    now,
    packageUri,
    procedure: {
      slug: procedure.slug, title: procedure.title, summary: procedure.summary, contactEmail: procedure.contactEmail,
      // @db.Date columns are UTC midnight of the local date.
      contractStartOn: procedure.contractStartOn.toISOString().slice(0, 10),
      contractEndOn: procedure.contractEndOn.toISOString().slice(0, 10),
      extensionCount: procedure.extensionCount, extensionYears: procedure.extensionYears, standstillDays: procedure.standstillDays,
    },
    servicebureau: servicebureau ?? { id: "servicebureau", name: "Servicebureau", city: null },
    milestones,
    clusters,
    budget: budget && {
      version: budget.version, publishedAt: budget.publishedAt, isExample: budget.isExample,
      amounts: [...budget.amounts].flatMap(([schoolId, perYear]) => [...perYear].map(([year, cents]) => ({ schoolId, year, cents }))),
    },
    admission,
    // Who was chosen and when it was published: never the motivation or the scores.
    choices: published.flatMap((c) => (c?.publishedAt ? [{ schoolId: c.schoolId, publishedAt: c.publishedAt, providers: c.providers.map((p) => ({ id: p.provider.id, name: p.provider.name })) }] : [])),
  };
  return buildOcdsReleasePackage(input);
}

/** "ocds-<slug>-<local date>.json", the download name. */
export function ocdsFileName(slug: string, now: Date): string {
  return `ocds-${slug}-${instantToLocalDate(now)}.json`;
}
