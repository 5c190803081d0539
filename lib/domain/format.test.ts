import { afterEach, describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDateTimeWithZone,
  formatLocalDate,
  formatTime,
  formatYearsMonths,
  timeZoneAbbreviation,
} from "./format";

const utc = (s: string) => new Date(s);

describe("formatDate / formatDateTime / formatTime", () => {
  it("renders in Europe/Amsterdam with Dutch month names", () => {
    const d = utc("2025-10-15T12:30:00Z");
    expect(formatDate(d)).toBe("15 oktober 2025");
    expect(formatDateTime(d)).toBe("15 oktober 2025 14:30");
    expect(formatTime(d)).toBe("14:30");
  });
  it("uses the local day, not the UTC day, around midnight", () => {
    expect(formatDate(utc("2025-12-31T23:30:00Z"))).toBe("1 januari 2026");
    expect(formatDateTime(utc("2025-06-11T21:59:00Z"))).toBe("11 juni 2025 23:59");
    expect(formatDate(utc("2025-06-11T22:00:00Z"))).toBe("12 juni 2025");
  });
  it("has no leading zero on the day and uses all Dutch months", () => {
    const months = [
      "januari", "februari", "maart", "april", "mei", "juni",
      "juli", "augustus", "september", "oktober", "november", "december",
    ];
    months.forEach((name, i) => {
      expect(formatDate(new Date(Date.UTC(2025, i, 5, 12)))).toBe(`5 ${name} 2025`);
    });
  });
  it("rejects an invalid Date", () => {
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("formatLocalDate", () => {
  it("renders a local calendar date as that day, on both sides of a DST change and at the year end", () => {
    expect(formatLocalDate("2025-12-18")).toBe("18 december 2025");
    expect(formatLocalDate("2025-03-30")).toBe("30 maart 2025");
    expect(formatLocalDate("2025-10-26")).toBe("26 oktober 2025");
    expect(formatLocalDate("2025-12-31")).toBe("31 december 2025");
    expect(formatLocalDate("2026-01-01")).toBe("1 januari 2026");
  });
  it("refuses what is not a date", () => {
    expect(() => formatLocalDate("2025-02-30")).toThrow();
  });
});

describe("formatDateTimeWithZone", () => {
  it("summer is CEST, winter is CET", () => {
    expect(formatDateTimeWithZone(utc("2025-10-15T12:30:00Z"))).toBe("15 oktober 2025 14:30 CEST");
    expect(formatDateTimeWithZone(utc("2025-01-15T13:30:00Z"))).toBe("15 januari 2025 14:30 CET");
  });
  it("switches exactly at the 2025 DST changes", () => {
    expect(formatDateTimeWithZone(utc("2025-03-30T00:59:59Z"))).toBe("30 maart 2025 01:59 CET");
    expect(formatDateTimeWithZone(utc("2025-03-30T01:00:00Z"))).toBe("30 maart 2025 03:00 CEST");
    expect(formatDateTimeWithZone(utc("2025-10-26T00:30:00Z"))).toBe("26 oktober 2025 02:30 CEST");
    expect(formatDateTimeWithZone(utc("2025-10-26T01:30:00Z"))).toBe("26 oktober 2025 02:30 CET");
    expect(timeZoneAbbreviation(utc("2025-10-26T00:59:59.999Z"))).toBe("CEST");
    expect(timeZoneAbbreviation(utc("2025-10-26T01:00:00Z"))).toBe("CET");
  });
});

describe("formatDateRange", () => {
  it.each([
    ["2025-10-15T08:00:00Z", "2025-10-15T20:00:00Z", "15 oktober 2025"],
    ["2025-06-11T22:00:00Z", "2025-06-29T21:59:00Z", "12–29 juni 2025"],
    ["2025-06-11T22:00:00Z", "2025-07-07T21:59:00Z", "12 juni – 7 juli 2025"],
    ["2025-11-30T23:00:00Z", "2026-02-13T22:59:00Z", "1 december 2025 – 13 februari 2026"],
  ])("%s .. %s -> %s", (a, b, expected) => {
    expect(formatDateRange(utc(a), utc(b))).toBe(expected);
  });
  it("rejects an end before the start", () => {
    expect(() => formatDateRange(utc("2025-07-07T00:00:00Z"), utc("2025-06-12T00:00:00Z"))).toThrow(RangeError);
  });
});

describe("formatYearsMonths", () => {
  it.each([
    [0, "0 maanden"],
    [1, "1 maand"],
    [11, "11 maanden"],
    [12, "1 jaar"],
    [13, "1 jaar en 1 maand"],
    [24, "2 jaar"],
    [27, "2 jaar en 3 maanden"],
    [36 * 2 + 10, "6 jaar en 10 maanden"],
  ])("%i -> %s", (months, expected) => {
    expect(formatYearsMonths(months)).toBe(expected);
  });
  it("rejects negative and fractional months", () => {
    expect(() => formatYearsMonths(-1)).toThrow(RangeError);
    expect(() => formatYearsMonths(1.5)).toThrow(RangeError);
  });
});

describe("independence from the machine time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it.each(["America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"])("same output with TZ=%s", (zone) => {
    process.env.TZ = zone;
    expect(new Date("2025-01-01T00:00:00Z").getTimezoneOffset()).not.toBe(0);
    expect(formatDateTimeWithZone(utc("2025-10-15T12:30:00Z"))).toBe("15 oktober 2025 14:30 CEST");
    expect(formatDate(utc("2025-12-31T23:30:00Z"))).toBe("1 januari 2026");
    expect(formatDateRange(utc("2025-06-11T22:00:00Z"), utc("2025-07-07T21:59:00Z"))).toBe("12 juni – 7 juli 2025");
  });
});
