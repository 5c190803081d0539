import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { DomainError, isDomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { getSelectionResult } from "./selection-outcomes";

// The selection results of the schools in the municipality's own area, for
// the municipality that co-signs their plans: once published, the chosen
// providers and the school's motivation (getSelectionResult decides what the
// municipality may read; before publication nothing).

export interface MunicipalitySchoolResult {
  schoolId: string;
  school: string;
  city: string;
  result: { publishedAt: Date; chosen: string[]; standstillEndsAt: Date; motivation: string | null } | null;
}

export async function listMunicipalityResults(actor: Actor, procedureId: string, now: Date): Promise<MunicipalitySchoolResult[]> {
  if (actor.role !== "MUNICIPALITY") throw new DomainError("FORBIDDEN");
  const schools = await db.school.findMany({
    where: { procedureId, municipalityId: actor.organisationId },
    orderBy: [{ cluster: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true, name: true, city: true },
  });
  const rows: MunicipalitySchoolResult[] = [];
  for (const school of schools) {
    const view = await getSelectionResult(actor, procedureId, school.id, now).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") return null;
      throw error;
    });
    const result = view?.audience === "MUNICIPALITY"
      ? { publishedAt: view.publishedAt, chosen: view.chosen, standstillEndsAt: view.standstillEndsAt, motivation: view.motivation }
      : null;
    rows.push({ schoolId: school.id, school: school.name, city: school.city, result });
  }
  return rows;
}
