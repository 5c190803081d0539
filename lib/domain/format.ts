/**
 * Dutch (nl-NL) display helpers. Every function renders in Europe/Amsterdam,
 * whatever the machine's time zone, via date-fns' `in: tz(...)` context.
 *
 * Windows in this portal have an EXCLUSIVE end (closesAt = next local midnight).
 * To display the last day of a window, pass `lastIncludedMinute(closesAt)` from
 * ./timeline, not closesAt itself.
 */
import { format } from "date-fns";
import { nl } from "date-fns/locale";
import { tz, tzOffset } from "@date-fns/tz";
import { PORTAL_TIME_ZONE, startOfLocalDay, type LocalDate } from "./local-time";

const inPortalZone = tz(PORTAL_TIME_ZONE);

function assertValidDate(d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError("Expected a valid Date");
  }
}

function fmt(d: Date, pattern: string): string {
  assertValidDate(d);
  return format(d, pattern, { locale: nl, in: inPortalZone });
}

/** "15 oktober 2025" */
export function formatDate(d: Date): string {
  return fmt(d, "d MMMM yyyy");
}

/** A local calendar date ("2025-10-15", e.g. the last day of a period) as "15 oktober 2025". */
export function formatLocalDate(localDate: LocalDate): string {
  return formatDate(startOfLocalDay(localDate));
}

/** "15 oktober 2025 14:30" */
export function formatDateTime(d: Date): string {
  return fmt(d, "d MMMM yyyy HH:mm");
}

/** "14:30" */
export function formatTime(d: Date): string {
  return fmt(d, "HH:mm");
}

/**
 * The zone abbreviation at that instant, derived from the UTC offset:
 * +01:00 = "CET", +02:00 = "CEST"; any other offset (not expected for this
 * zone) is shown as "UTC+hh:mm".
 */
export function timeZoneAbbreviation(d: Date): string {
  assertValidDate(d);
  const offset = tzOffset(PORTAL_TIME_ZONE, d);
  if (offset === 60) return "CET";
  if (offset === 120) return "CEST";
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(Math.round(abs % 60)).padStart(2, "0");
  return `UTC${sign}${hh}:${mm}`;
}

/** "15 oktober 2025 14:30 CEST" (CET in winter). */
export function formatDateTimeWithZone(d: Date): string {
  return `${formatDateTime(d)} ${timeZoneAbbreviation(d)}`;
}

/**
 * An inclusive range of local days, as compact as is unambiguous:
 *   same day        "15 oktober 2025"
 *   same month      "12–30 juni 2025"
 *   same year       "12 juni – 7 juli 2025"
 *   otherwise       "1 december 2025 – 13 februari 2026"
 * Both ends are shown as given (inclusive). Throws when end is before start.
 */
export function formatDateRange(start: Date, end: Date): string {
  assertValidDate(start);
  assertValidDate(end);
  if (end.getTime() < start.getTime()) {
    throw new RangeError("formatDateRange: end is before start");
  }
  const sameYear = fmt(start, "yyyy") === fmt(end, "yyyy");
  const sameMonth = sameYear && fmt(start, "MM") === fmt(end, "MM");
  const sameDay = sameMonth && fmt(start, "dd") === fmt(end, "dd");
  if (sameDay) return formatDate(start);
  if (sameMonth) return `${fmt(start, "d")}–${formatDate(end)}`;
  if (sameYear) return `${fmt(start, "d MMMM")} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * A whole number of months as years and months:
 * 27 -> "2 jaar en 3 maanden", 12 -> "1 jaar", 11 -> "11 maanden",
 * 13 -> "1 jaar en 1 maand", 0 -> "0 maanden". ("jaar" has no plural after a number.)
 */
export function formatYearsMonths(totalMonths: number): string {
  if (!Number.isSafeInteger(totalMonths) || totalMonths < 0) {
    throw new RangeError(`Expected a non-negative whole number of months: ${totalMonths}`);
  }
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  const monthText = `${months} ${months === 1 ? "maand" : "maanden"}`;
  if (years === 0) return monthText;
  const yearText = `${years} jaar`;
  return months === 0 ? yearText : `${yearText} en ${monthText}`;
}
