import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { db } from "../db";

// Actor-scoped reads: the organisation always comes from the actor, never
// from the request, so another organisation's data cannot be asked for.

export async function listOwnContractSegments(actor: Actor) {
  const rows = await db.providerContractSegment.findMany({
    where: { organisationId: actor.organisationId },
    include: { segment: true },
    orderBy: { segment: { sortOrder: "asc" } },
  });
  const agreement = { ONTWIKKELOVEREENKOMST: "Ontwikkelovereenkomst", RESULTAATOVEREENKOMST: "Resultaatovereenkomst" } as const;
  return rows.map((r) => ({ id: r.id, segment: r.segment.name, agreement: agreement[r.agreementType] }));
}

export async function listOwnSchools(actor: Actor) {
  const schools = await db.school.findMany({
    where: { organisationId: actor.organisationId },
    include: { cluster: true, selectionGroup: true },
    orderBy: { sortOrder: "asc" },
  });
  return schools.map((s) => ({ id: s.id, name: s.name, street: s.street, city: s.city, cluster: s.cluster.name, selectionGroup: s.selectionGroup.name }));
}

export async function listSchoolsInOwnMunicipality(actor: Actor) {
  const schools = await db.school.findMany({
    where: { municipalityId: actor.organisationId },
    include: { cluster: true },
    orderBy: { sortOrder: "asc" },
  });
  return schools.map((s) => ({ id: s.id, name: s.name, city: s.city, cluster: s.cluster.name }));
}
