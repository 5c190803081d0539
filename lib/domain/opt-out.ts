// Opt-out ((deels) opzeggen, SPEC §6): which segments a notice terminates, and
// how the opt-out window reads to a user. Pure: the milestone and `now` are
// parameters; the server enforces the window itself (authorize.ts).

import { formatDateTimeWithZone } from "./format";
import { instantToLocalDate, parseLocalDate, type LocalDate } from "./local-time";
import { describeWindowRefusal, lastIncludedMinute, windowState, type Milestone, type WindowState } from "./timeline";

export const OPT_OUT_SCOPES = ["WHOLE_AGREEMENT", "SEGMENTS"] as const;
export type OptOutScope = (typeof OPT_OUT_SCOPES)[number];

export const OPT_OUT_SCOPE_LABELS: Record<OptOutScope, string> = {
  WHOLE_AGREEMENT: "De gehele overeenkomst",
  SEGMENTS: "Alleen de gekozen segmenten",
};

/** An opt-out notice as submitted, in the shape pages and exports show it. */
export interface OptOutNoticeSummary {
  version: number;
  scopeLabel: string;
  segments: string[];
  /** The date of the notice as written by the provider, "yyyy-MM-dd". */
  noticeOn: string;
  signatoryName: string;
  signatoryFunction: string;
  submittedAt: Date;
  receiptNumber: string | null;
}

export const AGREEMENT_TYPES = ["ONTWIKKELOVEREENKOMST", "RESULTAATOVEREENKOMST"] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_LABELS: Record<AgreementType, string> = {
  ONTWIKKELOVEREENKOMST: "Ontwikkelovereenkomst",
  RESULTAATOVEREENKOMST: "Resultaatovereenkomst",
};

export const SELECTION_ERRORS = {
  NOTHING_HELD: "Er zijn nog geen segmenten van uw overeenkomst vastgelegd. Leg die eerst vast; daarna kunt u opzeggen.",
  NONE_CHOSEN: "Kies ten minste één segment dat u opzegt.",
  NOT_HELD: "U kunt alleen segmenten opzeggen die in uw huidige overeenkomst staan.",
} as const;

export type SelectionResult =
  | { ok: true; segmentIds: string[] }
  | { ok: false; error: keyof typeof SELECTION_ERRORS };

/**
 * The segments a notice terminates: every held segment for the whole
 * agreement, otherwise the chosen ones, which must all be held (and at least
 * one). The result keeps the order of `heldSegmentIds` and has no duplicates.
 */
export function selectOptOutSegments(scope: OptOutScope, chosenSegmentIds: readonly string[], heldSegmentIds: readonly string[]): SelectionResult {
  const held = [...new Set(heldSegmentIds)];
  if (held.length === 0) return { ok: false, error: "NOTHING_HELD" };
  if (scope === "WHOLE_AGREEMENT") return { ok: true, segmentIds: held };
  const chosen = new Set(chosenSegmentIds);
  if (chosen.size === 0) return { ok: false, error: "NONE_CHOSEN" };
  if ([...chosen].some((id) => !held.includes(id))) return { ok: false, error: "NOT_HELD" };
  return { ok: true, segmentIds: held.filter((id) => chosen.has(id)) };
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function localDaysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export interface WindowView {
  state: WindowState | "NOT_PLANNED";
  /** One Dutch sentence (or two) that says whether the window is open and until / since when. */
  text: string;
}

/**
 * The window as the opt-out page shows it. Closed and upcoming read exactly
 * as the server's refusal does; an open window with a close date names the
 * last minute, the day number and the days left (a text countdown).
 */
export function describeOptOutWindow(milestone: Milestone | undefined, now: Date): WindowView {
  if (!milestone) return { state: "NOT_PLANNED", text: "De opzegtermijn is in deze procedure niet ingepland." };
  const state = windowState(milestone, now);
  if (state !== "OPEN") return { state, text: describeWindowRefusal(milestone, now) ?? "" };
  if (!milestone.closesAt) return { state, text: "De termijn is open; er is nog geen einddatum vastgesteld." };
  const last = lastIncludedMinute(milestone.closesAt);
  const today = instantToLocalDate(now);
  const lastDay = instantToLocalDate(last);
  const day = localDaysBetween(instantToLocalDate(milestone.opensAt), today) + 1;
  const total = localDaysBetween(instantToLocalDate(milestone.opensAt), lastDay) + 1;
  const left = localDaysBetween(today, lastDay);
  const countdown = left === 0 ? "dit is de laatste dag" : left === 1 ? "nog 1 dag na vandaag" : `nog ${left} dagen na vandaag`;
  return {
    state,
    text: `De termijn is open tot en met ${formatDateTimeWithZone(last)}. Vandaag is dag ${day} van ${total}: ${countdown}.`,
  };
}
