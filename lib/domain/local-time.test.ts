import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  PORTAL_TIME_ZONE,
  addLocalDays,
  instantToLocalDate,
  instantToLocalDateTime,
  isValidLocalDate,
  isValidLocalDateTime,
  localDateTimeToInstant,
  parseLocalDate,
  startOfLocalDay,
  startOfNextLocalDay,
} from "./local-time";

const iso = (d: Date) => d.toISOString();

describe("PORTAL_TIME_ZONE", () => {
  it("is Europe/Amsterdam", () => {
    expect(PORTAL_TIME_ZONE).toBe("Europe/Amsterdam");
  });
});

describe("startOfLocalDay / startOfNextLocalDay", () => {
  it("summer day starts at 22:00 UTC the day before (CEST, +02:00)", () => {
    expect(iso(startOfLocalDay("2025-07-09"))).toBe("2025-07-08T22:00:00.000Z");
  });
  it("winter day starts at 23:00 UTC the day before (CET, +01:00)", () => {
    expect(iso(startOfLocalDay("2025-01-15"))).toBe("2025-01-14T23:00:00.000Z");
  });
  it("the exclusive end of a date-only end date is the next local midnight", () => {
    expect(iso(startOfNextLocalDay("2025-08-08"))).toBe("2025-08-08T22:00:00.000Z");
    expect(iso(startOfNextLocalDay("2025-06-11"))).toBe("2025-06-11T22:00:00.000Z");
    expect(iso(startOfNextLocalDay("2025-12-31"))).toBe("2025-12-31T23:00:00.000Z");
  });
  it("DST change days are 23 and 25 hours long", () => {
    const hours = (d: string) => (startOfNextLocalDay(d).getTime() - startOfLocalDay(d).getTime()) / 3_600_000;
    expect(hours("2025-03-30")).toBe(23);
    expect(hours("2025-10-26")).toBe(25);
    expect(hours("2025-10-27")).toBe(24);
    expect(iso(startOfLocalDay("2025-03-30"))).toBe("2025-03-29T23:00:00.000Z");
    expect(iso(startOfLocalDay("2025-03-31"))).toBe("2025-03-30T22:00:00.000Z");
    expect(iso(startOfLocalDay("2025-10-26"))).toBe("2025-10-25T22:00:00.000Z");
    expect(iso(startOfLocalDay("2025-10-27"))).toBe("2025-10-26T23:00:00.000Z");
  });
  it.each([
    "2025-02-30",
    "2023-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-7-9",
    "25-07-09",
    "2025-07-09T00:00",
    " 2025-07-09",
    "",
    "1969-12-31",
    "abcd-ef-gh",
  ])("rejects %j with a RangeError", (input) => {
    expect(() => startOfLocalDay(input)).toThrow(RangeError);
    expect(isValidLocalDate(input)).toBe(false);
  });
  it("accepts a leap day", () => {
    expect(iso(startOfLocalDay("2024-02-29"))).toBe("2024-02-28T23:00:00.000Z");
    expect(parseLocalDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("localDateTimeToInstant", () => {
  it("converts summer and winter wall-clock times", () => {
    expect(iso(localDateTimeToInstant("2025-06-11T23:59"))).toBe("2025-06-11T21:59:00.000Z");
    expect(iso(localDateTimeToInstant("2025-06-11T23:59:59"))).toBe("2025-06-11T21:59:59.000Z");
    expect(iso(localDateTimeToInstant("2025-12-01T09:30"))).toBe("2025-12-01T08:30:00.000Z");
  });
  it("spring-forward gap (30 Mar 2025, 02:00-02:59 does not exist) is rejected", () => {
    expect(iso(localDateTimeToInstant("2025-03-30T01:59"))).toBe("2025-03-30T00:59:00.000Z");
    for (const t of ["02:00", "02:30", "02:59", "02:59:59"]) {
      expect(() => localDateTimeToInstant(`2025-03-30T${t}`)).toThrow(RangeError);
      expect(isValidLocalDateTime(`2025-03-30T${t}`)).toBe(false);
    }
    expect(iso(localDateTimeToInstant("2025-03-30T03:00"))).toBe("2025-03-30T01:00:00.000Z");
  });
  it("autumn overlap (26 Oct 2025, 02:00-02:59 twice) resolves to the earlier, summer-time occurrence", () => {
    expect(iso(localDateTimeToInstant("2025-10-26T01:59"))).toBe("2025-10-25T23:59:00.000Z");
    expect(iso(localDateTimeToInstant("2025-10-26T02:00"))).toBe("2025-10-26T00:00:00.000Z");
    expect(iso(localDateTimeToInstant("2025-10-26T02:30"))).toBe("2025-10-26T00:30:00.000Z");
    expect(iso(localDateTimeToInstant("2025-10-26T02:59"))).toBe("2025-10-26T00:59:00.000Z");
    expect(iso(localDateTimeToInstant("2025-10-26T03:00"))).toBe("2025-10-26T02:00:00.000Z");
  });
  it.each(["2025-06-11T24:00", "2025-06-11T23:60", "2025-06-11T23:59:60", "2025-06-11 23:59", "2025-06-11T9:00", "2025-02-30T10:00", "2025-06-11"])(
    "rejects %j",
    (input) => {
      expect(() => localDateTimeToInstant(input)).toThrow(RangeError);
    },
  );
});

describe("instantToLocalDate / instantToLocalDateTime", () => {
  it("uses the Amsterdam calendar day, not the UTC one", () => {
    expect(instantToLocalDate(new Date("2025-07-08T22:00:00.000Z"))).toBe("2025-07-09");
    expect(instantToLocalDate(new Date("2025-07-08T21:59:59.999Z"))).toBe("2025-07-08");
    expect(instantToLocalDate(new Date("2025-12-31T23:00:00.000Z"))).toBe("2026-01-01");
    expect(instantToLocalDateTime(new Date("2025-06-11T21:59:30.000Z"))).toBe("2025-06-11T23:59");
  });
  it("shows both occurrences of the repeated autumn hour as 02:xx", () => {
    expect(instantToLocalDateTime(new Date("2025-10-26T00:30:00Z"))).toBe("2025-10-26T02:30");
    expect(instantToLocalDateTime(new Date("2025-10-26T01:30:00Z"))).toBe("2025-10-26T02:30");
  });
  it("rejects an invalid Date", () => {
    expect(() => instantToLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("addLocalDays", () => {
  it("does calendar arithmetic", () => {
    expect(addLocalDays("2025-07-09", 30)).toBe("2025-08-08");
    expect(addLocalDays("2025-07-09", 0)).toBe("2025-07-09");
    expect(addLocalDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addLocalDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addLocalDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addLocalDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addLocalDays("2025-03-29", 1)).toBe("2025-03-30");
  });
  it("rejects non-integers and invalid dates", () => {
    expect(() => addLocalDays("2025-07-09", 1.5)).toThrow(RangeError);
    expect(() => addLocalDays("2025-07-32", 1)).toThrow(RangeError);
  });
});

const localDateArb = fc
  .integer({ min: 0, max: 365 * 80 })
  .map((n) => addLocalDays("2000-01-01", n));

describe("properties", () => {
  it("startOfLocalDay is a local midnight on that same date", () => {
    fc.assert(
      fc.property(localDateArb, (d) => {
        const start = startOfLocalDay(d);
        expect(instantToLocalDate(start)).toBe(d);
        expect(instantToLocalDateTime(start)).toBe(`${d}T00:00`);
        expect(instantToLocalDate(new Date(start.getTime() - 1))).toBe(addLocalDays(d, -1));
      }),
    );
  });
  it("local date-times round-trip unless they fall in the gap", () => {
    const arb = fc.tuple(localDateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(
      fc.property(arb, ([d, h, m]) => {
        const text = `${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        if (!isValidLocalDateTime(text)) {
          expect(h).toBe(2); // only the 02:xx hour can be missing
          return;
        }
        expect(instantToLocalDateTime(localDateTimeToInstant(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("independence from the machine time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  it.each(["America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Europe/Amsterdam"])("same results with TZ=%s", (zone) => {
    process.env.TZ = zone;
    // Guard: the machine zone really changed (otherwise this test proves nothing).
    const julyOffset = new Date("2025-07-01T00:00:00Z").getTimezoneOffset();
    expect(julyOffset).toBe({ "America/New_York": 240, "Asia/Tokyo": -540, "Pacific/Kiritimati": -840, "Europe/Amsterdam": -120 }[zone]);
    expect(iso(startOfLocalDay("2025-07-09"))).toBe("2025-07-08T22:00:00.000Z");
    expect(iso(startOfNextLocalDay("2025-03-29"))).toBe("2025-03-29T23:00:00.000Z");
    expect(iso(localDateTimeToInstant("2025-10-26T02:30"))).toBe("2025-10-26T00:30:00.000Z");
    expect(instantToLocalDate(new Date("2025-07-08T22:00:00.000Z"))).toBe("2025-07-09");
    expect(addLocalDays("2025-03-29", 1)).toBe("2025-03-30");
  });
});
