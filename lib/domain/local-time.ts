/**
 * Local (Europe/Amsterdam) calendar dates and wall-clock times <-> UTC instants.
 *
 * Pure: never reads the clock, never depends on the machine's time zone. Zone
 * data comes from the runtime's IANA database through @date-fns/tz; there are no
 * hand-written DST rules here.
 *
 * Vocabulary:
 * - LocalDate     "yyyy-MM-dd"            a calendar day in the portal zone
 * - LocalDateTime "yyyy-MM-ddTHH:mm[:ss]" a wall-clock time in the portal zone
 *                                         (the shape of <input type="datetime-local">)
 * - instant       a JS Date (a UTC point in time), what the database stores
 *
 * Rules for wall-clock times that are not one-to-one with an instant:
 * - Spring-forward gap (last Sunday of March, 02:00–02:59 does not exist):
 *   such a time is REJECTED with a RangeError. We never silently shift a
 *   deadline typed by staff; the form must ask for a real time.
 * - Autumn overlap (last Sunday of October, 02:00–02:59 happens twice): the
 *   EARLIER occurrence (summer time, +02:00) is chosen. For a deadline this is
 *   the stricter reading, and it matches Temporal's "compatible" choice.
 * Local midnight is never in a gap or overlap in this zone (changes are at
 * 02:00/03:00), so date-only rules are unaffected.
 */
import { TZDate, tzOffset } from "@date-fns/tz";

export const PORTAL_TIME_ZONE = "Europe/Amsterdam";

/** "yyyy-MM-dd", a calendar day in Europe/Amsterdam. */
export type LocalDate = string;
/** "yyyy-MM-ddTHH:mm" or "yyyy-MM-ddTHH:mm:ss", wall-clock time in Europe/Amsterdam. */
export type LocalDateTime = string;

/** Years outside this range are refused: pre-1970 zone data is not meaningful here. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2999;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

interface DateTimeParts extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function checkDateParts(parts: DateParts, input: string): DateParts {
  const { year, month, day } = parts;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range ${MIN_YEAR}-${MAX_YEAR}: "${input}"`);
  }
  // Round-trip through the proleptic UTC calendar to reject 2025-02-30 etc.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: "${input}"`);
  }
  return parts;
}

/** Parses and validates "yyyy-MM-dd"; throws RangeError when malformed or impossible. */
export function parseLocalDate(localDate: LocalDate): DateParts {
  const m = typeof localDate === "string" ? LOCAL_DATE_RE.exec(localDate) : null;
  if (!m) throw new RangeError(`Expected a date as yyyy-MM-dd: "${String(localDate)}"`);
  return checkDateParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, localDate);
}

function parseLocalDateTime(value: LocalDateTime): DateTimeParts {
  const m = typeof value === "string" ? LOCAL_DATE_TIME_RE.exec(value) : null;
  if (!m) throw new RangeError(`Expected a date-time as yyyy-MM-ddTHH:mm: "${String(value)}"`);
  const date = checkDateParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, value);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid time of day: "${value}"`);
  }
  return { ...date, hour, minute, second };
}

/**
 * The instant at which the portal zone's wall clock shows the given fields.
 * Candidate offsets are the zone's offsets one day either side; a candidate is
 * real when the zone actually has that offset at the resulting instant.
 * 0 candidates = gap (throw), 2 = overlap (take the earlier instant).
 */
function wallClockToInstant(p: DateTimeParts, input: string): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsets = new Set([
    tzOffset(PORTAL_TIME_ZONE, new Date(asUtc - DAY_MS)),
    tzOffset(PORTAL_TIME_ZONE, new Date(asUtc)),
    tzOffset(PORTAL_TIME_ZONE, new Date(asUtc + DAY_MS)),
  ]);
  const candidates = [...offsets]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((ms) => tzOffset(PORTAL_TIME_ZONE, new Date(ms)) * MINUTE_MS === asUtc - ms)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) {
    throw new RangeError(
      `Local time does not exist in ${PORTAL_TIME_ZONE} (daylight saving time gap): "${input}"`,
    );
  }
  return new Date(first);
}

/** The instant of 00:00 local time on the given day. */
export function startOfLocalDay(localDate: LocalDate): Date {
  const p = parseLocalDate(localDate);
  return wallClockToInstant({ ...p, hour: 0, minute: 0, second: 0 }, localDate);
}

/**
 * The exclusive end of a date-only end date: 00:00 local on the following day.
 * A window "through 8 Aug 2025" has closesAt = startOfNextLocalDay("2025-08-08").
 */
export function startOfNextLocalDay(localDate: LocalDate): Date {
  return startOfLocalDay(addLocalDays(localDate, 1));
}

/**
 * "yyyy-MM-ddTHH:mm[:ss]" in the portal zone -> instant. Throws RangeError for a
 * malformed value or a time inside the spring-forward gap; an ambiguous autumn
 * time resolves to its earlier occurrence (see the module comment).
 */
export function localDateTimeToInstant(localDateTime: LocalDateTime): Date {
  return wallClockToInstant(parseLocalDateTime(localDateTime), localDateTime);
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date");
  }
}

/** The calendar day ("yyyy-MM-dd") in the portal zone at the given instant. */
export function instantToLocalDate(instant: Date): LocalDate {
  assertValidInstant(instant);
  const local = new TZDate(instant.getTime(), PORTAL_TIME_ZONE);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * The wall-clock time ("yyyy-MM-ddTHH:mm") in the portal zone, e.g. to prefill a
 * datetime-local input. Seconds are dropped.
 */
export function instantToLocalDateTime(instant: Date): LocalDateTime {
  assertValidInstant(instant);
  const local = new TZDate(instant.getTime(), PORTAL_TIME_ZONE);
  return `${instantToLocalDate(instant)}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** Calendar arithmetic on local dates: addLocalDays("2025-07-09", 30) = "2025-08-08". */
export function addLocalDays(localDate: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Expected an integer number of days: ${days}`);
  const p = parseLocalDate(localDate);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  const result = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  parseLocalDate(result); // keeps the result inside the supported year range
  return result;
}

/** True when the string is a valid "yyyy-MM-dd" calendar date in the supported range. */
export function isValidLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

/** True when the string is a valid local date-time that exists in the portal zone. */
export function isValidLocalDateTime(value: string): boolean {
  try {
    localDateTimeToInstant(value);
    return true;
  } catch {
    return false;
  }
}
