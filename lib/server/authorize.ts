import "server-only";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { DomainError } from "@/lib/domain/errors";
import type { Action } from "@/lib/domain/policy";
import { listMilestones } from "./queries/procedure";

/**
 * The phase check every window-bound service runs before it writes: throws
 * FORBIDDEN or PHASE_CLOSED (with the Dutch message naming the window and its
 * dates) unless the policy table allows the action at `now`.
 */
export async function assertAllowed(actor: Actor, action: Action, procedureId: string, now: Date): Promise<void> {
  const result = authorizeAt(actor.role, action, await listMilestones(procedureId), now);
  if (!result.allowed) throw new DomainError(result.code, result.message);
}
