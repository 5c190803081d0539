import "server-only";
import { windowState } from "@/lib/domain/timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { listMilestones } from "./procedure";

// Who is admitted for which cluster (SPEC §7 → §8): the selection reads only
// this. A provider is admitted for a cluster when its latest submitted
// admission application has that cluster with an ADMITTED decision ("admitted"
// is final at once; "not admitted" needs a second staff member, but never
// admits), and it counts only once the announcement milestone has passed:
// before that nobody outside staff may act on a decision.

/** The latest submitted version of an application chain (a draft on top of it does not replace it). */
const LATEST_SUBMITTED_APPLICATION: Prisma.AdmissionApplicationWhereInput = {
  status: "SUBMITTED",
  submittedAt: { not: null },
  OR: [{ nextVersion: null }, { nextVersion: { status: "DRAFT" } }],
};

const ANNOUNCEMENT_KEY = "ADMISSION_ANNOUNCEMENT";

/** True once the admission announcement has happened (server time); false when it is not planned. */
export async function isAdmissionAnnounced(procedureId: string, now: Date): Promise<boolean> {
  const announcement = (await listMilestones(procedureId)).find((m) => m.key === ANNOUNCEMENT_KEY);
  return announcement !== undefined && windowState(announcement, now) === "CLOSED";
}

/** The announcement instant, for "you will see this from …" texts; null when not planned. */
export async function findAdmissionAnnouncementAt(procedureId: string): Promise<Date | null> {
  return (await listMilestones(procedureId)).find((m) => m.key === ANNOUNCEMENT_KEY)?.opensAt ?? null;
}

/** Cluster ids a provider organisation is admitted for, regardless of the announcement (server rules add that). */
async function admittedClusterIds(procedureId: string, organisationId: string): Promise<string[]> {
  const rows = await db.applicationCluster.findMany({
    where: { decision: { outcome: "ADMITTED" }, application: { procedureId, organisationId, ...LATEST_SUBMITTED_APPLICATION } },
    select: { clusterId: true },
  });
  return [...new Set(rows.map((r) => r.clusterId))];
}

/** The clusters a provider may act on in the selection at `now`: empty before the announcement. */
export async function listAdmittedClusterIds(procedureId: string, organisationId: string, now: Date): Promise<string[]> {
  if (!(await isAdmissionAnnounced(procedureId, now))) return [];
  return admittedClusterIds(procedureId, organisationId);
}

/** Is the provider admitted (and announced) for this cluster at `now`? */
export async function isAdmittedForCluster(procedureId: string, organisationId: string, clusterId: string, now: Date): Promise<boolean> {
  return (await listAdmittedClusterIds(procedureId, organisationId, now)).includes(clusterId);
}

/** The providers admitted (and announced) for a cluster at `now`, by name. */
export async function listAdmittedProvidersForCluster(procedureId: string, clusterId: string, now: Date) {
  if (!(await isAdmissionAnnounced(procedureId, now))) return [];
  const rows = await db.applicationCluster.findMany({
    where: { clusterId, decision: { outcome: "ADMITTED" }, application: { procedureId, ...LATEST_SUBMITTED_APPLICATION } },
    select: { application: { select: { organisation: { select: { id: true, name: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.application.organisation.id, r.application.organisation]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
