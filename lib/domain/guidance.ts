// "Wat moet ik nu doen?": what the procedure asks of a role at `now`, derived
// from the policy table and the timeline (no separate list to keep in sync).

import type { Role } from "./actor";
import { ACTIONS, POLICY, type Action, type Phase } from "./policy";
import { windowState, type Milestone } from "./timeline";

export type Task =
  | { action: Action; description: string; milestone: Milestone; status: "NOW"; until: Date | null }
  | { action: Action; description: string; milestone: Milestone; status: "LATER"; from: Date };

/** When a milestone enters each state. A point milestone has no OPEN state. */
function stateStarts(m: Milestone): [Phase, Date | null][] {
  if (!m.isWindow) return [["CLOSED", m.opensAt]];
  return [["OPEN", m.opensAt], ["CLOSED", m.closesAt]];
}

/** The window-bound tasks of a role that can be done now or later, soonest first. */
export function tasksFor(role: Role, milestones: readonly Milestone[], now: Date): Task[] {
  const byKey = new Map(milestones.map((m) => [m.key, m]));
  const tasks: Task[] = [];
  for (const action of ACTIONS) {
    const rule = POLICY[action];
    const milestone = rule.window ? byKey.get(rule.window) : undefined;
    if (!milestone || !(rule.roles as readonly Role[]).includes(role)) continue;
    const phases = rule.phases as readonly Phase[];
    const state = windowState(milestone, now);
    const base = { action, description: rule.description, milestone };
    if (phases.includes(state)) {
      const until = state === "OPEN" && !phases.includes("CLOSED") ? milestone.closesAt : state === "UPCOMING" && !phases.includes("OPEN") ? milestone.opensAt : null;
      tasks.push({ ...base, status: "NOW", until });
      continue;
    }
    const next = stateStarts(milestone).find(([phase, at]) => phases.includes(phase) && at && at > now);
    if (next?.[1]) tasks.push({ ...base, status: "LATER", from: next[1] });
  }
  return tasks.sort((a, b) => sortKey(a) - sortKey(b));
}

function sortKey(task: Task): number {
  if (task.status === "LATER") return 1e15 + task.from.getTime();
  return task.until?.getTime() ?? 1e14;
}
