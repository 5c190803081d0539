import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { db } from "../db";
import { exclusionGroundsLock } from "../services/exclusion-grounds";

/** For staff: the procedure's exclusion grounds in order, and why they can no longer change (null while they can). */
export async function getExclusionGroundsEditor(actor: Actor, procedureId: string, now: Date) {
  const [grounds, lock] = await Promise.all([
    db.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, text: true, isExample: true } }),
    exclusionGroundsLock(db, actor, procedureId, now),
  ]);
  return { grounds, lockedReason: lock?.message ?? null };
}
