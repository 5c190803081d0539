/**
 * The standstill period after the school's choice is published (the
 * "Alcatel-termijn"; Procedure.standstillDays, default 20 calendar days).
 *
 * Rule, as in Dutch procurement practice (Aanbestedingswet 2012 art. 2.127:
 * the period starts the day after the decision is sent): day 1 is the local
 * (Europe/Amsterdam) calendar day after the publication day; the period
 * includes the whole of day N and ends at 00:00 local time on the day after
 * it (an exclusive end, like every window in this portal). Publication on
 * 1 December 2025 at 15:00 with 20 days: last day 21 December, the choice is
 * final from 22 December 2025 00:00 (CET). Calendar days, not 24-hour
 * periods, so a DST change inside the period changes nothing.
 */
import { addLocalDays, instantToLocalDate, parseLocalDate, startOfNextLocalDay, type LocalDate } from "../local-time";

export const DEFAULT_STANDSTILL_DAYS = 20;

export interface Standstill {
  /** The publication day (local). */
  publishedOn: LocalDate;
  /** The last day of the period (local, inclusive). */
  lastDay: LocalDate;
  /** Exclusive end: 00:00 local after lastDay; from then the choice is final. */
  endsAt: Date;
}

function assertDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`standstill: the number of days must be a non-negative integer: ${days}`);
  }
}

export function computeStandstill(publishedAt: Date, days: number = DEFAULT_STANDSTILL_DAYS): Standstill {
  assertDays(days);
  const publishedOn = instantToLocalDate(publishedAt);
  const lastDay = addLocalDays(publishedOn, days);
  return { publishedOn, lastDay, endsAt: startOfNextLocalDay(lastDay) };
}

export interface StandstillStatus {
  /** False while the choice is not published: nothing runs yet. */
  published: boolean;
  standstill: Standstill | null;
  /** Published and the period has ended at `now`. */
  isFinal: boolean;
  /** Calendar days of the period left including today (0 once final; null when unpublished). */
  daysRemaining: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(localDate: LocalDate): number {
  const p = parseLocalDate(localDate);
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}

/** Whether a published choice is final at `now` (server clock, passed in). */
export function standstillStatus(
  publishedAt: Date | null,
  now: Date,
  days: number = DEFAULT_STANDSTILL_DAYS,
): StandstillStatus {
  assertDays(days);
  if (publishedAt === null) return { published: false, standstill: null, isFinal: false, daysRemaining: null };
  const standstill = computeStandstill(publishedAt, days);
  const isFinal = now.getTime() >= standstill.endsAt.getTime();
  const today = instantToLocalDate(now);
  const daysRemaining = isFinal
    ? 0
    : Math.min(days, dayNumber(standstill.lastDay) - Math.max(dayNumber(today), dayNumber(standstill.publishedOn) + 1) + 1);
  return { published: true, standstill, isFinal, daysRemaining };
}

export function isChoiceFinal(publishedAt: Date | null, now: Date, days: number = DEFAULT_STANDSTILL_DAYS): boolean {
  return standstillStatus(publishedAt, now, days).isFinal;
}
