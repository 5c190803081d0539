import "server-only";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { db } from "../db";

const KINDS: OrganisationKind[] = ["SERVICEBUREAU", "PROVIDER", "SCHOOL", "MUNICIPALITY", "COUNCIL"];

/** Staff overview only; callers have passed requireRole("STAFF"). */
export async function countOrganisationsByKind() {
  const groups = await db.organisation.groupBy({ by: ["kind"], _count: { _all: true }, where: { active: true } });
  return KINDS.map((kind) => ({ kind, count: groups.find((g) => g.kind === kind)?._count._all ?? 0 }));
}
