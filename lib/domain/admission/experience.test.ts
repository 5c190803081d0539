import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { experienceFor, formatExperience, meetsMinimum, mergedPeriods, type Experience, type ReferencePeriod } from "./experience";

const C4 = "cluster-4";
const SBO = "sbo";
const p = (startOn: string, endOn: string, clusterId = C4): ReferencePeriod => ({ clusterId, startOn, endOn });
const exp = (periods: ReferencePeriod[], clusterId = C4) => experienceFor(periods, clusterId);

describe("experienceFor: one period", () => {
  it("counts 1 Jan 2023 – 31 Dec 2024 as exactly 24 months", () => {
    expect(exp([p("2023-01-01", "2024-12-31")])).toEqual({ months: 24, days: 0 });
  });

  it("counts one day less as 23 months and 30 days", () => {
    expect(exp([p("2023-01-01", "2024-12-30")])).toEqual({ months: 23, days: 30 });
  });

  it("counts a single day as 1 day, and a month from mid-month to the day before", () => {
    expect(exp([p("2024-03-05", "2024-03-05")])).toEqual({ months: 0, days: 1 });
    expect(exp([p("2024-03-15", "2024-04-14")])).toEqual({ months: 1, days: 0 });
    expect(exp([p("2024-03-15", "2024-04-13")])).toEqual({ months: 0, days: 30 });
  });

  it("clamps at the end of a month (31 January + 1 month = end of February), also in a leap year", () => {
    expect(exp([p("2023-01-31", "2023-02-27")])).toEqual({ months: 1, days: 0 });
    expect(exp([p("2024-01-31", "2024-02-28")])).toEqual({ months: 1, days: 0 });
    expect(exp([p("2024-01-31", "2024-02-27")])).toEqual({ months: 0, days: 28 });
    // Months are counted from the start each time, so the clamp does not drift: 31 Jan + 2 months = 31 Mar.
    expect(exp([p("2023-01-31", "2023-03-30")])).toEqual({ months: 2, days: 0 });
  });

  it("ignores a period whose end is before its start, or with a malformed date", () => {
    expect(exp([p("2024-05-01", "2024-04-30")])).toEqual({ months: 0, days: 0 });
    expect(exp([p("2024-02-30", "2024-05-01"), p("", "2024-05-01"), p("2024-01-01", "morgen")])).toEqual({ months: 0, days: 0 });
  });
});

describe("experienceFor: several periods", () => {
  it("counts an overlap once", () => {
    expect(exp([p("2023-01-01", "2023-12-31"), p("2023-07-01", "2024-06-30")])).toEqual({ months: 18, days: 0 });
  });

  it("counts a period inside another once", () => {
    expect(exp([p("2022-01-01", "2023-12-31"), p("2022-05-01", "2022-08-31")])).toEqual({ months: 24, days: 0 });
  });

  it("merges adjacent periods (the next starts the day after), so a split contract counts as one stretch", () => {
    expect(exp([p("2023-01-01", "2023-01-15"), p("2023-01-16", "2024-12-31")])).toEqual({ months: 24, days: 0 });
    expect(mergedPeriods([p("2023-01-16", "2024-12-31"), p("2023-01-01", "2023-01-15")], C4)).toEqual([{ startOn: "2023-01-01", endOn: "2024-12-31" }]);
  });

  it("adds periods with a gap between them", () => {
    expect(exp([p("2020-01-01", "2020-12-31"), p("2022-01-01", "2022-12-31")])).toEqual({ months: 24, days: 0 });
    expect(mergedPeriods([p("2022-01-01", "2022-12-31"), p("2020-01-01", "2020-12-31")], C4)).toHaveLength(2);
  });

  it("adds leftover days across periods; every 31 make one more month", () => {
    // 15 + 16 leftover days = 31 = one month.
    expect(exp([p("2023-01-01", "2023-01-15"), p("2023-03-01", "2023-03-16")])).toEqual({ months: 1, days: 0 });
    // 15 + 15 = 30 days stay days.
    expect(exp([p("2023-01-01", "2023-01-15"), p("2023-03-01", "2023-03-15")])).toEqual({ months: 0, days: 30 });
    // 23 months and 30 days plus a separate day elsewhere: 31 leftover days -> 24 months.
    expect(exp([p("2021-01-01", "2022-12-30"), p("2024-06-03", "2024-06-03")])).toEqual({ months: 24, days: 0 });
  });

  it("ignores periods of other clusters", () => {
    const periods = [p("2023-01-01", "2023-12-31"), p("2020-01-01", "2022-12-31", SBO)];
    expect(exp(periods, C4)).toEqual({ months: 12, days: 0 });
    expect(exp(periods, SBO)).toEqual({ months: 36, days: 0 });
    expect(exp(periods, "cluster-3")).toEqual({ months: 0, days: 0 });
  });

  it("gives 0 for no periods", () => {
    expect(exp([])).toEqual({ months: 0, days: 0 });
  });
});

describe("meetsMinimum", () => {
  it("is met at exactly 24 months, not one day less", () => {
    expect(meetsMinimum(exp([p("2023-01-01", "2024-12-31")]), 24)).toBe(true);
    expect(meetsMinimum(exp([p("2023-01-01", "2024-12-30")]), 24)).toBe(false);
    expect(meetsMinimum({ months: 23, days: 30 }, 24)).toBe(false);
    expect(meetsMinimum({ months: 30, days: 0 }, 24)).toBe(true);
    expect(meetsMinimum({ months: 0, days: 0 }, 0)).toBe(true);
  });

  it("counts unnormalised days the same way as experienceFor does", () => {
    expect(meetsMinimum({ months: 23, days: 31 }, 24)).toBe(true);
  });
});

describe("formatExperience", () => {
  it.each<[Experience, string]>([
    [{ months: 27, days: 0 }, "2 jaar en 3 maanden"],
    [{ months: 12, days: 0 }, "1 jaar"],
    [{ months: 24, days: 0 }, "2 jaar"],
    [{ months: 0, days: 0 }, "0 maanden"],
    [{ months: 1, days: 0 }, "1 maand"],
    [{ months: 11, days: 12 }, "11 maanden en 12 dagen"],
    [{ months: 0, days: 1 }, "1 dag"],
    [{ months: 0, days: 30 }, "30 dagen"],
    [{ months: 25, days: 3 }, "2 jaar, 1 maand en 3 dagen"],
    [{ months: 23, days: 30 }, "1 jaar, 11 maanden en 30 dagen"],
    [{ months: 12, days: 5 }, "1 jaar en 5 dagen"],
  ])("%j -> %s", (value, text) => {
    expect(formatExperience(value)).toBe(text);
  });

  it("refuses negative or fractional values", () => {
    expect(() => formatExperience({ months: -1, days: 0 })).toThrow(RangeError);
    expect(() => formatExperience({ months: 1.5, days: 0 })).toThrow(RangeError);
  });
});

// Dates between 2015 and 2026 as day offsets, turned into periods.
const BASE = Date.UTC(2015, 0, 1);
const iso = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
const period = fc
  .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 900 }), fc.constantFrom(C4, SBO))
  .map(([start, length, clusterId]) => p(iso(start), iso(start + length), clusterId));
const total = (e: Experience) => e.months * 31 + e.days;

describe("experienceFor: properties", () => {
  it("does not depend on the order of the periods, and duplicates change nothing", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 8 }), fc.integer(), (periods, seed) => {
        const shuffled = [...periods].sort((a, b) => ((a.startOn + a.endOn + seed).localeCompare(b.startOn + b.endOn + seed)));
        expect(exp(shuffled)).toEqual(exp(periods));
        expect(exp([...periods, ...periods])).toEqual(exp(periods));
      }),
    );
  });

  it("keeps days within 0–30 and never counts more months than the calendar span of all periods", () => {
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 8 }), (periods) => {
        const e = exp(periods);
        expect(e.days).toBeGreaterThanOrEqual(0);
        expect(e.days).toBeLessThanOrEqual(30);
        const mine = periods.filter((x) => x.clusterId === C4);
        if (mine.length === 0) return;
        const first = mine.map((x) => x.startOn).sort()[0]!;
        const last = mine.map((x) => x.endOn).sort().at(-1)!;
        expect(e.months).toBeLessThanOrEqual(exp([p(first, last)]).months);
      }),
    );
  });

  it("never goes down when a period is added, and other clusters' periods change nothing", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 6 }), period, (periods, extra) => {
        const before = exp(periods);
        const after = exp([...periods, extra]);
        if (extra.clusterId === C4) expect(total(after)).toBeGreaterThanOrEqual(total(before));
        else expect(after).toEqual(before);
      }),
    );
  });

  it("a period of exactly N whole months from any start day counts N months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 60 }), (start, n) => {
        const s = new Date(BASE + start * 86_400_000);
        // The day before start + n months (clamped), as a user would write "up to and including".
        const y = s.getUTCFullYear() + Math.floor((s.getUTCMonth() + n) / 12);
        const m = (s.getUTCMonth() + n) % 12;
        const d = Math.min(s.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
        const end = new Date(Date.UTC(y, m, d) - 86_400_000).toISOString().slice(0, 10);
        expect(exp([p(iso(start), end)])).toEqual({ months: n, days: 0 });
      }),
    );
  });
});
