// Combines the policy table with the procedure's timeline: may this role do
// this action now? Returns the Dutch refusal the server shows. Pure: the
// milestones and `now` are parameters.

import type { Role } from "./actor";
import { formatDateTimeWithZone } from "./format";
import { decide, POLICY, type Action } from "./policy";
import { describeWindowRefusal, lastIncludedMinute, windowState, type Milestone } from "./timeline";

export type Authorization =
  | { allowed: true }
  | { allowed: false; code: "FORBIDDEN" | "PHASE_CLOSED"; message: string };

export function authorizeAt(role: Role, action: Action, milestones: readonly Milestone[], now: Date): Authorization {
  const rule = POLICY[action];
  const milestone = rule.window ? milestones.find((m) => m.key === rule.window) : undefined;
  if (rule.window && !milestone) {
    return { allowed: false, code: "PHASE_CLOSED", message: `Deze stap is in deze procedure niet ingepland (${rule.description}).` };
  }
  const decision = decide(role, action, milestone ? windowState(milestone, now) : "OPEN");
  if (decision.allowed) return { allowed: true };
  if (decision.reason === "ROLE" || !milestone) {
    return { allowed: false, code: "FORBIDDEN", message: "U heeft geen toegang tot deze functie." };
  }
  return { allowed: false, code: "PHASE_CLOSED", message: phaseMessage(rule.phases, milestone, now) };
}

function phaseMessage(phases: readonly string[], milestone: Milestone, now: Date): string {
  // The action prepares the window (e.g. setting the texts applicants declare).
  if (phases.length === 1 && phases[0] === "UPCOMING") {
    return `Dit kan alleen vóór de opening op ${formatDateTimeWithZone(milestone.opensAt)} (${milestone.title}).`;
  }
  if (phases.includes("OPEN")) {
    return describeWindowRefusal(milestone, now) ?? `${milestone.title}: dit kan nu niet.`;
  }
  // The action waits for the milestone to have passed (e.g. assessing after the close).
  const from = milestone.isWindow && milestone.closesAt ? milestone.closesAt : milestone.opensAt;
  const shown = milestone.isWindow && milestone.closesAt ? `na ${formatDateTimeWithZone(lastIncludedMinute(from))}` : `vanaf ${formatDateTimeWithZone(from)}`;
  return `Dit kan pas ${shown} (${milestone.title}).`;
}
