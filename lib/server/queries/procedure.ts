import "server-only";
import { cache } from "react";
import { DomainError } from "@/lib/domain/errors";
import type { Milestone } from "@/lib/domain/timeline";
import { db } from "../db";

// Public reads of the procedure. DTOs only: Decimal and BigInt values are
// turned into strings before they can reach a client component.

export interface MilestoneDto extends Milestone {
  id: string;
  description: string;
  isTarget: boolean;
}

export interface SchoolDto {
  id: string;
  name: string;
  street: string;
  city: string;
  municipality: string;
  selectionGroup: string;
  pupilCount: number | null;
  pupilCountIsExample: boolean;
}

export interface ClusterDto {
  id: string;
  code: string;
  name: string;
  scope: string;
  fteMin: string;
  fteMax: string;
  schools: SchoolDto[];
}

/** The procedure this installation shows (several may be stored; the newest is current). */
export const getCurrentProcedure = cache(async () => {
  const procedure = await db.procedure.findFirst({ orderBy: { createdAt: "desc" } });
  if (!procedure) throw new DomainError("NOT_FOUND", "Er is nog geen procedure ingericht.");
  return procedure;
});

export const listMilestones = cache(async (procedureId: string): Promise<MilestoneDto[]> => {
  const rows = await db.milestone.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" } });
  return rows.map((m) => ({
    id: m.id, key: m.key, title: m.title, description: m.description, opensAt: m.opensAt,
    closesAt: m.closesAt, isWindow: m.isWindow, isTarget: m.isTarget, sortOrder: m.sortOrder,
  }));
});

export const listClustersWithSchools = cache(async (procedureId: string): Promise<ClusterDto[]> => {
  const clusters = await db.cluster.findMany({
    where: { procedureId },
    orderBy: { sortOrder: "asc" },
    include: { schools: { orderBy: { sortOrder: "asc" }, include: { municipality: true, selectionGroup: true } } },
  });
  return clusters.map((c) => ({
    id: c.id, code: c.code, name: c.name, scope: c.scope,
    fteMin: c.fteMin.toString(), fteMax: c.fteMax.toString(),
    schools: c.schools.map((s) => ({
      id: s.id, name: s.name, street: s.street, city: s.city, municipality: s.municipality.name,
      selectionGroup: s.selectionGroup.name, pupilCount: s.pupilCount, pupilCountIsExample: s.pupilCountIsExample,
    })),
  }));
});

export const listSelectionGroups = cache(async (procedureId: string) => {
  const groups = await db.selectionGroup.findMany({
    where: { procedureId },
    orderBy: { sortOrder: "asc" },
    include: { schools: { orderBy: { sortOrder: "asc" }, select: { name: true } } },
  });
  return groups.map((g) => ({ id: g.id, name: g.name, schools: g.schools.map((s) => s.name) }));
});
