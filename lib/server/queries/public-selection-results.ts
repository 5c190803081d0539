import "server-only";
import type { LocalDate } from "@/lib/domain/local-time";
import { computeStandstill, isChoiceFinal } from "@/lib/domain/selection/standstill";
import { db } from "../db";

// The public overview of the selection results (SPEC §8, §10): per cluster and
// school, in the order of the home page, the providers a school chose once
// staff published that choice. Only the published choice leaves this file:
// never scores, motivations, the advantages or an unpublished version. The
// result of one school for a signed-in actor is getSelectionResult in
// ./selection-outcomes.

export interface PublishedSchoolResult {
  /** The chosen provider(s), by name. */
  chosen: string[];
  publishedAt: Date;
  /** The last day of the standstill period (local, inclusive). */
  standstillLastDay: LocalDate;
  /** 00:00 local after the last day: from then the choice is final. */
  standstillEndsAt: Date;
  /** The standstill period has ended at `now`. */
  isFinal: boolean;
}

export interface PublicSchoolResultDto {
  id: string;
  name: string;
  city: string;
  /** null: not published (yet). */
  result: PublishedSchoolResult | null;
}

export interface PublicClusterResultsDto {
  id: string;
  name: string;
  schools: PublicSchoolResultDto[];
}

export interface PublicSelectionResults {
  standstillDays: number;
  /** How many schools have a published result. */
  publishedCount: number;
  clusters: PublicClusterResultsDto[];
}

/**
 * Every school of the procedure with its published choice, if any, at `now`
 * (a publication is visible from its instant on). Two reads, whatever the
 * number of schools.
 */
export async function listPublishedSelectionResults(procedureId: string, now: Date): Promise<PublicSelectionResults> {
  const [procedure, clusters] = await Promise.all([
    db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { standstillDays: true } }),
    db.cluster.findMany({
      where: { procedureId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        name: true,
        schools: {
          orderBy: { sortOrder: "asc" },
          select: {
            id: true,
            name: true,
            city: true,
            // At most one version of a school is ever published.
            choices: {
              where: { status: "SUBMITTED", publishedAt: { not: null, lte: now } },
              orderBy: { version: "desc" },
              take: 1,
              select: { publishedAt: true, providers: { select: { provider: { select: { name: true } } } } },
            },
          },
        },
      },
    }),
  ]);

  type Choice = (typeof clusters)[number]["schools"][number]["choices"][number];
  const toResult = (choice: Choice | undefined): PublishedSchoolResult | null => {
    if (!choice?.publishedAt) return null;
    const standstill = computeStandstill(choice.publishedAt, procedure.standstillDays);
    return {
      chosen: choice.providers.map((p) => p.provider.name).sort((a, b) => a.localeCompare(b, "nl")),
      publishedAt: choice.publishedAt,
      standstillLastDay: standstill.lastDay,
      standstillEndsAt: standstill.endsAt,
      isFinal: isChoiceFinal(choice.publishedAt, now, procedure.standstillDays),
    };
  };
  const dtos = clusters.map((c) => ({
    id: c.id,
    name: c.name,
    schools: c.schools.map((s) => ({ id: s.id, name: s.name, city: s.city, result: toResult(s.choices[0]) })),
  }));
  return {
    standstillDays: procedure.standstillDays,
    publishedCount: dtos.reduce((n, c) => n + c.schools.filter((s) => s.result !== null).length, 0),
    clusters: dtos,
  };
}
