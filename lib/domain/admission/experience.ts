// Experience per cluster (SPEC §7, minimum suitability requirement 4): "two
// years" is the summed reference periods in that school type, computed from
// the references' start and end dates and shown to provider and staff.
// Pure: dates are "YYYY-MM-DD" strings; nothing here reads the clock.
//
// THE RULE (one rule for the provider's live view and the staff's assessment):
//
// 1. Only periods of the asked cluster count. Dates are inclusive calendar
//    days. A period with a malformed date or an end before its start counts
//    for nothing (the application's own validation refuses it at submit).
// 2. Periods that overlap OR touch (the next starts on the day after the
//    previous ends, or earlier) are merged first, so no day is ever counted
//    twice and a split contract counts as one stretch.
// 3. Each merged period [start, end] counts whole calendar months from its
//    start: month m ends the day before `start + m months`, where adding months
//    keeps the day of the month and clamps to the month's last day
//    (31 January + 1 month = 28/29 February). What remains before the day
//    after `end` are leftover days (0–30).
//    1 Jan 2023 – 31 Dec 2024 = exactly 24 months; 1 Jan 2023 – 30 Dec 2024 =
//    23 months and 30 days.
// 4. The whole months of all merged periods are added up; their leftover days
//    are added up too, and every 31 leftover days count as one more month
//    (31 = the longest calendar month, so leftovers never count for more than
//    the calendar time they cover). The result is { months, days } with
//    0 <= days <= 30.
// 5. The minimum is met when months >= the cluster's minimum (days never
//    round up).

import { parseLocalDate } from "../local-time";
import { formatYearsMonths } from "../format";

export interface ReferencePeriod {
  clusterId: string;
  /** "YYYY-MM-DD", inclusive. */
  startOn: string;
  /** "YYYY-MM-DD", inclusive. */
  endOn: string;
}

/** Whole months plus the remaining days (0–30), after merging. */
export interface Experience {
  months: number;
  days: number;
}

/** Leftover days (summed over merged periods) that make one more month. */
export const LEFTOVER_DAYS_PER_MONTH = 31;

const DAY_MS = 86_400_000;

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

function dayNumber({ year, month, day }: Ymd): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date + months`, keeping the day of the month and clamping to the month's last day. */
function addMonthsClamped(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function toDay(localDate: string): number | null {
  try {
    return dayNumber(parseLocalDate(localDate));
  } catch {
    return null;
  }
}

/** An inclusive stretch of days, as day numbers. */
interface Span {
  start: number;
  end: number;
}

function mergedSpans(periods: readonly ReferencePeriod[], clusterId: string): Span[] {
  const spans: Span[] = [];
  for (const p of periods) {
    if (p.clusterId !== clusterId) continue;
    const start = toDay(p.startOn);
    const end = toDay(p.endOn);
    if (start === null || end === null || end < start) continue;
    spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function isoOf(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The merged periods of one cluster (rule steps 1–2), sorted; for showing how the experience was counted. */
export function mergedPeriods(periods: readonly ReferencePeriod[], clusterId: string): { startOn: string; endOn: string }[] {
  return mergedSpans(periods, clusterId).map((s) => ({ startOn: isoOf(s.start), endOn: isoOf(s.end) }));
}

/** Whole months and leftover days of one inclusive span (rule step 3). */
function spanExperience(span: Span): Experience {
  const start = fromDayNumber(span.start);
  const exclusiveEnd = span.end + 1;
  const endYmd = fromDayNumber(exclusiveEnd);
  let months = (endYmd.year - start.year) * 12 + (endYmd.month - start.month);
  if (dayNumber(addMonthsClamped(start, months)) > exclusiveEnd) months -= 1;
  return { months, days: exclusiveEnd - dayNumber(addMonthsClamped(start, months)) };
}

/** The experience in one cluster from all reference periods (see THE RULE above). */
export function experienceFor(periods: readonly ReferencePeriod[], clusterId: string): Experience {
  let months = 0;
  let days = 0;
  for (const span of mergedSpans(periods, clusterId)) {
    const e = spanExperience(span);
    months += e.months;
    days += e.days;
  }
  return { months: months + Math.floor(days / LEFTOVER_DAYS_PER_MONTH), days: days % LEFTOVER_DAYS_PER_MONTH };
}

/** True when the experience reaches the minimum in whole months; leftover days never round up. */
export function meetsMinimum(exp: Experience, minMonths: number): boolean {
  return exp.months + Math.floor(Math.max(0, exp.days) / LEFTOVER_DAYS_PER_MONTH) >= minMonths;
}

/**
 * Dutch, years and months as formatYearsMonths, then the days when there are any:
 * {27,0} "2 jaar en 3 maanden" · {12,0} "1 jaar" · {0,0} "0 maanden" ·
 * {11,12} "11 maanden en 12 dagen" · {0,1} "1 dag" · {25,3} "2 jaar, 1 maand en 3 dagen" ·
 * {12,5} "1 jaar en 5 dagen".
 */
export function formatExperience(exp: Experience): string {
  if (!Number.isSafeInteger(exp.months) || !Number.isSafeInteger(exp.days) || exp.months < 0 || exp.days < 0) {
    throw new RangeError(`Expected whole, non-negative months and days: ${exp.months}, ${exp.days}`);
  }
  if (exp.days === 0) return formatYearsMonths(exp.months);
  const parts: string[] = [];
  const years = Math.floor(exp.months / 12);
  const months = exp.months % 12;
  if (years > 0) parts.push(`${years} jaar`);
  if (months > 0) parts.push(`${months} ${months === 1 ? "maand" : "maanden"}`);
  parts.push(`${exp.days} ${exp.days === 1 ? "dag" : "dagen"}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}
