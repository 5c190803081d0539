// Moving a milestone (issue 4): staff enter local dates; the change is
// checked against `now`. Moving a date that has passed, or shortening a
// window that is open, needs explicit confirmation (and notifies the
// organisations concerned). Pure.

import { addLocalDays, isValidLocalDate, startOfLocalDay, startOfNextLocalDay, instantToLocalDate } from "./local-time";
import { windowState, type Milestone } from "./timeline";

export interface MilestoneDatesInput {
  /** First local day, "yyyy-MM-dd". */
  opensOn: string;
  /** Last local day included; only for windows; empty = not yet set. */
  lastDay: string;
}

export type ConfirmationReason = "PASSED_DATE_MOVED" | "OPEN_WINDOW_SHORTENED" | "CLOSED_WINDOW_REOPENED";

export type MilestoneChangePlan =
  | { ok: false; errors: Record<string, string> }
  | { ok: true; opensAt: Date; closesAt: Date | null; changed: boolean; confirmations: ConfirmationReason[] };

export const CONFIRMATION_TEXT: Record<ConfirmationReason, string> = {
  PASSED_DATE_MOVED: "U verschuift een datum die al voorbij is.",
  OPEN_WINDOW_SHORTENED: "U verkort een termijn die nu open is.",
  CLOSED_WINDOW_REOPENED: "U heropent een termijn die al gesloten was.",
};

/** The local dates a milestone shows in the edit form. */
export function milestoneToDates(m: Milestone): MilestoneDatesInput {
  return {
    opensOn: instantToLocalDate(m.opensAt),
    lastDay: m.isWindow && m.closesAt ? addLocalDays(instantToLocalDate(m.closesAt), -1) : "",
  };
}

export function planMilestoneChange(milestone: Milestone, input: MilestoneDatesInput, now: Date): MilestoneChangePlan {
  const errors: Record<string, string> = {};
  if (!isValidLocalDate(input.opensOn)) errors.opensOn = "Vul een geldige begindatum in.";
  if (!milestone.isWindow && input.lastDay) errors.lastDay = "Dit is een moment, geen termijn: het heeft geen einddatum.";
  if (milestone.isWindow && input.lastDay && !isValidLocalDate(input.lastDay)) errors.lastDay = "Vul een geldige einddatum in.";
  if (Object.keys(errors).length === 0 && milestone.isWindow && input.lastDay && input.lastDay < input.opensOn) {
    errors.lastDay = "De einddatum ligt vóór de begindatum.";
  }
  if (milestone.isWindow && milestone.closesAt && !input.lastDay) errors.lastDay = "Een vastgestelde einddatum kan niet worden weggehaald; kies een nieuwe.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const opensAt = startOfLocalDay(input.opensOn);
  const closesAt = milestone.isWindow && input.lastDay ? startOfNextLocalDay(input.lastDay) : null;
  const changed = opensAt.getTime() !== milestone.opensAt.getTime() || (closesAt?.getTime() ?? null) !== (milestone.closesAt?.getTime() ?? null);

  const confirmations: ConfirmationReason[] = [];
  const state = windowState(milestone, now);
  const movedOpen = opensAt.getTime() !== milestone.opensAt.getTime();
  const movedClose = (closesAt?.getTime() ?? null) !== (milestone.closesAt?.getTime() ?? null);
  if ((movedOpen && milestone.opensAt <= now) || (movedClose && milestone.closesAt && milestone.closesAt <= now)) confirmations.push("PASSED_DATE_MOVED");
  if (state === "OPEN" && closesAt && (!milestone.closesAt || closesAt < milestone.closesAt)) confirmations.push("OPEN_WINDOW_SHORTENED");
  if (state === "CLOSED" && milestone.isWindow && closesAt && closesAt > now) confirmations.push("CLOSED_WINDOW_REOPENED");
  return { ok: true, opensAt, closesAt, changed, confirmations };
}
