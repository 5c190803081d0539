import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { GROUNDS_FIXED_BY_APPLICATIONS } from "@/lib/domain/admission/exclusion-grounds";
import { authorizeAt } from "@/lib/domain/authorization";
import { db } from "../db";
import { listMilestones } from "./procedure";

/**
 * For staff: the procedure's exclusion grounds in order, and why they can no
 * longer change (null while they can): the same two checks as
 * saveExclusionGrounds (services/exclusion-grounds.ts).
 */
export async function getExclusionGroundsEditor(actor: Actor, procedureId: string, now: Date) {
  const [grounds, milestones, applications] = await Promise.all([
    db.exclusionGround.findMany({ where: { procedureId }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, text: true, isExample: true } }),
    listMilestones(procedureId),
    db.admissionApplication.count({ where: { procedureId } }),
  ]);
  const decision = authorizeAt(actor.role, "exclusionGrounds.manage", milestones, now);
  const lockedReason = !decision.allowed ? decision.message : applications > 0 ? GROUNDS_FIXED_BY_APPLICATIONS : null;
  return { grounds, lockedReason };
}
