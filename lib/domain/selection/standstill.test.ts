import { describe, expect, it } from "vitest";
import { computeStandstill, DEFAULT_STANDSTILL_DAYS, isChoiceFinal, standstillStatus } from "./standstill";

const at = (iso: string) => new Date(iso);

describe("computeStandstill", () => {
  it("20 calendar days from the day after publication; final at local midnight after the last day", () => {
    // 1 Dec 2025 15:00 CET.
    expect(computeStandstill(at("2025-12-01T14:00:00Z"), 20)).toEqual({
      publishedOn: "2025-12-01",
      lastDay: "2025-12-21",
      endsAt: at("2025-12-21T23:00:00Z"), // 22 Dec 00:00 CET
    });
  });
  it("defaults to 20 days", () => {
    expect(DEFAULT_STANDSTILL_DAYS).toBe(20);
    expect(computeStandstill(at("2025-12-01T14:00:00Z")).lastDay).toBe("2025-12-21");
  });
  it("the publication day is the local day, not the UTC day", () => {
    // 30 Nov 23:30 UTC = 1 Dec 00:30 in Amsterdam.
    expect(computeStandstill(at("2025-11-30T23:30:00Z"), 20).publishedOn).toBe("2025-12-01");
    // 1 Dec 22:59:59 UTC = 1 Dec 23:59:59 in Amsterdam.
    expect(computeStandstill(at("2025-12-01T22:59:59Z"), 20).publishedOn).toBe("2025-12-01");
  });
  it("spring DST inside the period: still calendar days, ends at midnight CEST", () => {
    expect(computeStandstill(at("2026-03-20T10:00:00Z"), 20)).toMatchObject({
      lastDay: "2026-04-09",
      endsAt: at("2026-04-09T22:00:00Z"),
    });
  });
  it("autumn DST inside the period: ends at midnight CET", () => {
    expect(computeStandstill(at("2025-10-10T10:00:00Z"), 20)).toMatchObject({
      lastDay: "2025-10-30",
      endsAt: at("2025-10-30T23:00:00Z"),
    });
  });
  it("uses the procedure's number of days", () => {
    expect(computeStandstill(at("2025-12-01T14:00:00Z"), 15).lastDay).toBe("2025-12-16");
    expect(computeStandstill(at("2025-12-01T14:00:00Z"), 0).endsAt).toEqual(at("2025-12-01T23:00:00Z"));
  });
  it.each([-1, 1.5, Number.NaN])("refuses %d days", (days) => {
    expect(() => computeStandstill(at("2025-12-01T14:00:00Z"), days)).toThrow(RangeError);
    expect(() => standstillStatus(null, at("2025-12-01T14:00:00Z"), days)).toThrow(RangeError);
  });
});

describe("standstillStatus / isChoiceFinal", () => {
  const published = at("2025-12-01T14:00:00Z");

  it("an unpublished choice is never final", () => {
    expect(standstillStatus(null, at("2030-01-01T00:00:00Z"))).toEqual({
      published: false,
      standstill: null,
      isFinal: false,
      daysRemaining: null,
    });
    expect(isChoiceFinal(null, at("2030-01-01T00:00:00Z"))).toBe(false);
  });
  it("not final one millisecond before the end, final at the end", () => {
    expect(isChoiceFinal(published, at("2025-12-21T22:59:59.999Z"))).toBe(false);
    expect(isChoiceFinal(published, at("2025-12-21T23:00:00Z"))).toBe(true);
    expect(isChoiceFinal(published, at("2026-02-01T00:00:00Z"))).toBe(true);
  });
  it("counts the days left including today", () => {
    expect(standstillStatus(published, at("2025-12-01T15:00:00Z")).daysRemaining).toBe(20); // publication day
    expect(standstillStatus(published, at("2025-12-02T08:00:00Z")).daysRemaining).toBe(20); // day 1
    expect(standstillStatus(published, at("2025-12-11T08:00:00Z")).daysRemaining).toBe(11);
    expect(standstillStatus(published, at("2025-12-21T22:30:00Z")).daysRemaining).toBe(1); // last day, 23:30 CET
    expect(standstillStatus(published, at("2025-12-21T23:00:00Z"))).toMatchObject({ isFinal: true, daysRemaining: 0 });
  });
});
