/**
 * Procedure timeline: milestones, window states, the current phase, the next
 * deadline, and the Dutch refusal message for an action outside its window.
 *
 * Conventions (SPEC §3):
 * - Instants are UTC `Date`s; `now` is always a parameter (server clock).
 * - opensAt is INCLUSIVE, closesAt is EXCLUSIVE. A window whose last day is
 *   11 June 2025 has closesAt = 12 June 2025 00:00 Europe/Amsterdam.
 * - A point milestone (isWindow = false) is a moment; its closesAt is ignored
 *   (it should be null). It is UPCOMING before opensAt and CLOSED ("has
 *   happened") from opensAt on.
 * - A window with closesAt = null (close date not yet set) is OPEN from opensAt
 *   on, indefinitely ("open-ended").
 * - A window with closesAt <= opensAt is never open (UPCOMING, then CLOSED).
 */
import { formatDateTime } from "./format";
import { PORTAL_TIME_ZONE, addLocalDays, startOfLocalDay, startOfNextLocalDay } from "./local-time";
import type { LocalDate } from "./local-time";

export interface Milestone {
  key: string;
  title: string;
  opensAt: Date;
  /** Exclusive end; null for point milestones and for windows without a close date yet. */
  closesAt: Date | null;
  isWindow: boolean;
  sortOrder: number;
}

export type WindowState = "UPCOMING" | "OPEN" | "CLOSED";
export type ProcedureState = "NOT_STARTED" | "RUNNING" | "FINISHED";

export interface CurrentPhase<M extends Milestone = Milestone> {
  /** The milestone describing where the procedure stands; null before the first one. */
  milestone: M | null;
  state: ProcedureState;
}

export type DeadlineKind = "closes" | "opens";

export interface Deadline<M extends Milestone = Milestone> {
  milestone: M;
  kind: DeadlineKind;
  at: Date;
}

export interface TimeWindow {
  opensAt: Date;
  /** Exclusive: 00:00 local on the day after the last day. */
  closesAt: Date;
  /** The last included local day. */
  lastLocalDate: LocalDate;
}

const MINUTE_MS = 60_000;

function ms(d: Date): number {
  return d.getTime();
}

/** State of one milestone at `now`: opensAt inclusive, closesAt exclusive. */
export function windowState(milestone: Milestone, now: Date): WindowState {
  if (ms(now) < ms(milestone.opensAt)) return "UPCOMING";
  if (!milestone.isWindow) return "CLOSED";
  if (milestone.closesAt === null) return "OPEN";
  return ms(now) < ms(milestone.closesAt) ? "OPEN" : "CLOSED";
}

/** True when an action bound to this window is allowed at `now`. */
export function isWindowOpen(milestone: Milestone, now: Date): boolean {
  return milestone.isWindow && windowState(milestone, now) === "OPEN";
}

/** Later opensAt wins; on a tie the higher sortOrder (later in the procedure) wins. */
function isLater(a: Milestone, b: Milestone): boolean {
  if (ms(a.opensAt) !== ms(b.opensAt)) return ms(a.opensAt) > ms(b.opensAt);
  return a.sortOrder > b.sortOrder;
}

function latest<M extends Milestone>(list: readonly M[]): M | null {
  let best: M | null = null;
  for (const m of list) if (best === null || isLater(m, best)) best = m;
  return best;
}

/**
 * Where the procedure stands at `now`:
 * - an open window if any (several open: the latest opensAt, tie: highest sortOrder);
 * - otherwise the most recently started milestone (same ordering);
 * - null before the first milestone.
 * state: NOT_STARTED before any milestone started; FINISHED when every milestone
 * has started and no window is open; RUNNING otherwise.
 */
export function currentPhase<M extends Milestone>(milestones: readonly M[], now: Date): CurrentPhase<M> {
  const started = milestones.filter((m) => windowState(m, now) !== "UPCOMING");
  const open = milestones.filter((m) => isWindowOpen(m, now));
  if (started.length === 0) return { milestone: null, state: "NOT_STARTED" };
  const milestone = latest(open) ?? latest(started);
  const state: ProcedureState =
    open.length === 0 && started.length === milestones.length ? "FINISHED" : "RUNNING";
  return { milestone, state };
}

/**
 * The earliest upcoming instant that matters at `now`: the closesAt of an open
 * window, or the opensAt of a milestone that has not started. null if none.
 * Ties at the same instant: "closes" before "opens" (a closing deadline is what
 * users must act on), then lower sortOrder.
 */
export function nextDeadline<M extends Milestone>(milestones: readonly M[], now: Date): Deadline<M> | null {
  let best: Deadline<M> | null = null;
  const consider = (candidate: Deadline<M>) => {
    if (best === null) {
      best = candidate;
      return;
    }
    const diff = ms(candidate.at) - ms(best.at);
    const kindRank = (k: DeadlineKind) => (k === "closes" ? 0 : 1);
    const better =
      diff < 0 ||
      (diff === 0 &&
        (kindRank(candidate.kind) < kindRank(best.kind) ||
          (candidate.kind === best.kind && candidate.milestone.sortOrder < best.milestone.sortOrder)));
    if (better) best = candidate;
  };
  for (const m of milestones) {
    const state = windowState(m, now);
    if (state === "UPCOMING") consider({ milestone: m, kind: "opens", at: m.opensAt });
    else if (state === "OPEN" && m.closesAt !== null) consider({ milestone: m, kind: "closes", at: m.closesAt });
  }
  return best;
}

/**
 * A window of `days` whole local days starting on `firstLocalDate`:
 * day 1 = firstLocalDate 00:00 local, last day = firstLocalDate + days - 1,
 * closesAt = 00:00 local on the day after the last day (exclusive).
 * optOutWindow("2025-07-09") -> 9 Jul 00:00 through 8 Aug 23:59:59.999 (closesAt 9 Aug 00:00).
 */
export function optOutWindow(firstLocalDate: LocalDate, days = 31): TimeWindow {
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new RangeError(`A window needs a whole number of days >= 1: ${days}`);
  }
  const lastLocalDate = addLocalDays(firstLocalDate, days - 1);
  return {
    opensAt: startOfLocalDay(firstLocalDate),
    closesAt: startOfNextLocalDay(lastLocalDate),
    lastLocalDate,
  };
}

/** closesAt - 1 minute: the last minute inside the window, for display ("11 juni 2025 23:59"). */
export function lastIncludedMinute(closesAt: Date): Date {
  return new Date(ms(closesAt) - MINUTE_MS);
}

/**
 * The title as the subject of a Dutch sentence: "Reactietermijn" -> "De reactietermijn".
 * Titles are assumed to be de-words (termijn, periode, ronde, procedure, ...);
 * a title that already starts with "de"/"het" keeps its own article. The first
 * letter is lower-cased only when the first word is not an acronym ("SBO-ronde").
 */
function subject(title: string): string {
  const t = title.trim();
  if (/^(de|het)\s/i.test(t)) return t.charAt(0).toUpperCase() + t.slice(1);
  const firstWord = t.split(/[\s-]/)[0] ?? "";
  const isAcronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return `De ${isAcronym ? t : t.charAt(0).toLowerCase() + t.slice(1)}`;
}

const ZONE_SUFFIX = `(${PORTAL_TIME_ZONE})`;

/**
 * The Dutch message for an action that needs `milestone` to be open at `now`,
 * or null when it is open (nothing to refuse). Examples:
 *   "De reactietermijn is nog niet open: deze opent op 19 mei 2025 00:00 en loopt
 *    tot en met 11 juni 2025 23:59 (Europe/Amsterdam)."
 *   "De reactietermijn is gesloten sinds 11 juni 2025 23:59 (Europe/Amsterdam)."
 * For a point milestone (e.g. an announcement that makes results visible) only
 * "not yet" refuses: "De bekendmaking volgt op 15 oktober 2025 00:00 (Europe/Amsterdam)."
 */
export function describeWindowRefusal(milestone: Milestone, now: Date): string | null {
  const state = windowState(milestone, now);
  const who = subject(milestone.title);
  const opens = formatDateTime(milestone.opensAt);
  if (!milestone.isWindow) {
    return state === "UPCOMING" ? `${who} volgt op ${opens} ${ZONE_SUFFIX}.` : null;
  }
  if (state === "OPEN") return null;
  if (state === "UPCOMING") {
    const until =
      milestone.closesAt !== null && ms(milestone.closesAt) > ms(milestone.opensAt)
        ? ` en loopt tot en met ${formatDateTime(lastIncludedMinute(milestone.closesAt))}`
        : "";
    return `${who} is nog niet open: deze opent op ${opens}${until} ${ZONE_SUFFIX}.`;
  }
  // CLOSED implies a window with a close date.
  const closed = formatDateTime(lastIncludedMinute(milestone.closesAt ?? milestone.opensAt));
  return `${who} is gesloten sinds ${closed} ${ZONE_SUFFIX}.`;
}
