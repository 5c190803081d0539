import { describe, expect, it } from "vitest";
import { decimal, fraction } from "./decimal";
import {
  DEFAULT_BUDGET_NORMS,
  compareWithNorms,
  impliedFte,
  presenceHoursPerFte,
  teachingHoursPerYear,
  type BudgetNorms,
} from "./norms";

describe("DEFAULT_BUDGET_NORMS (the seeds' values)", () => {
  it("holds 100 pupils per FTE, 1200 presence hours, 940 h primary and 925 h VMBO", () => {
    expect(DEFAULT_BUDGET_NORMS.pupilsPerFte).toBe(100);
    expect(presenceHoursPerFte(DEFAULT_BUDGET_NORMS)).toBe(1200); // 40 × 5 × 6
    expect(teachingHoursPerYear(DEFAULT_BUDGET_NORMS.teachingHours.primary)).toEqual(fraction(940n)); // 7520 / 8
    expect(teachingHoursPerYear(DEFAULT_BUDGET_NORMS.teachingHours.secondary)).toEqual(fraction(925n)); // 3700 / 4
  });
});

describe("compareWithNorms", () => {
  it("SBO cluster: 4,5 FTE for 555 pupils", () => {
    const c = compareWithNorms(decimal("4.5"), 555, "PRIMARY", DEFAULT_BUDGET_NORMS);
    expect(c.fte.decimal).toBe("4.5");
    expect(c.pupilsPerFte?.decimal).toBe("123.3333…");
    expect(c.normFte.decimal).toBe("5.55");
    expect(c.fteVsNorm?.decimal).toBe("0.8108…"); // 4.5 / 5.55
    expect(c.hoursAtSchoolPerYear.decimal).toBe("5400");
    expect(c.teaching).toHaveLength(1);
    expect(c.teaching[0]?.key).toBe("primary");
    expect(c.teaching[0]?.normHoursPerYear.decimal).toBe("940");
    expect(c.teaching[0]?.coverage.decimal).toBe("5.7447…"); // 5400 / 940
  });
  it("Horizon (100 of 555 pupils): implied FTE 0,81 and 972,97 hours", () => {
    const fte = impliedFte(decimal("4.5"), 100, 555);
    expect(fte).toEqual(fraction(90n, 111n));
    const c = compareWithNorms(fte, 100, "PRIMARY", DEFAULT_BUDGET_NORMS);
    expect(c.fte.decimal).toBe("0.8108…");
    expect(c.pupilsPerFte?.decimal).toBe("123.3333…"); // same as the cluster: implied FTE is proportional
    expect(c.normFte.decimal).toBe("1");
    expect(c.hoursAtSchoolPerYear.decimal).toBe("972.97…");
    expect(c.teaching[0]?.coverage.decimal).toBe("1.0351…");
  });
  it("a VMBO cluster compares with 925 h; SO/VSO with both norms", () => {
    const vmbo = compareWithNorms(decimal("1"), 100, "SECONDARY", DEFAULT_BUDGET_NORMS);
    expect(vmbo.teaching.map((t) => [t.key, t.normHoursPerYear.decimal, t.coverage.decimal])).toEqual([
      ["secondary", "925", "1.2973…"],
    ]);
    const sovso = compareWithNorms(decimal("3.5"), 350, "PRIMARY_AND_SECONDARY", DEFAULT_BUDGET_NORMS);
    expect(sovso.teaching.map((t) => t.key)).toEqual(["primary", "secondary"]);
    expect(sovso.fteVsNorm?.decimal).toBe("1");
  });
  it("a school without pupils has no ratios", () => {
    const c = compareWithNorms(impliedFte(decimal("4.5"), 0, 555), 0, "PRIMARY", DEFAULT_BUDGET_NORMS);
    expect(c.pupilsPerFte).toBeNull();
    expect(c.fteVsNorm).toBeNull();
    expect(c.hoursAtSchoolPerYear.decimal).toBe("0");
  });
  it("uses the norms passed in, not built-in constants", () => {
    const norms: BudgetNorms = {
      ...DEFAULT_BUDGET_NORMS,
      pupilsPerFte: 80,
      presence: { weeksPerYear: 38, daysPerWeek: 4, hoursPerDay: 8 },
      teachingHours: { ...DEFAULT_BUDGET_NORMS.teachingHours, primary: { label: "x", totalHours: 8000, years: 8 } },
    };
    const c = compareWithNorms(decimal("1"), 100, "PRIMARY", norms);
    expect(c.normPupilsPerFte).toBe(80);
    expect(c.normFte.decimal).toBe("1.25");
    expect(c.presenceHoursPerFte).toBe(1216);
    expect(c.teaching[0]?.coverage.decimal).toBe("1.216");
  });
});
