import { describe, expect, it } from "vitest";
import { computeContractYearAmounts, sortContractYears } from "./contract-years";

const SBO_ANNUAL = 41_088_834n; // € 410.888,34

describe("computeContractYearAmounts: the worked example", () => {
  const [y2026, y2027] = computeContractYearAmounts(SBO_ANNUAL, [
    { year: 2026, months: 10, indexPct: null },
    { year: 2027, months: 12, indexPct: "3.1" },
  ]);
  it("2026 (10 months) is pro rata: 410.888,34 × 10 / 12 = 342.406,95", () => {
    expect(y2026?.fullYear.cents).toBe(SBO_ANNUAL);
    expect(y2026?.proRata).toBe(true);
    expect(y2026?.amount.exactEuros).toBe("342406.95");
    expect(y2026?.amount.cents).toBe(34_240_695n);
    expect(y2026?.indexPct).toBeNull();
    expect(y2026?.indexFactor).toBeNull();
  });
  it("2027 indexes the full-year level, not the partial amount: 410.888,34 × 1,031 = 423.625,88", () => {
    expect(y2027?.indexFactor).toBe("1.031");
    expect(y2027?.fullYear.exactEuros).toBe("423625.87854");
    expect(y2027?.fullYear.cents).toBe(42_362_588n);
    expect(y2027?.proRata).toBe(false);
    expect(y2027?.amount.cents).toBe(42_362_588n);
    // Not 342.406,95 × 1,031 = 353.021,57:
    expect(y2027?.amount.cents).not.toBe(35_302_157n);
  });
});

describe("computeContractYearAmounts: pro rata", () => {
  it("a full first year is the annual total itself, no rounding", () => {
    const [y] = computeContractYearAmounts(12_345n, [{ year: 2026, months: 12 }]);
    expect(y?.amount.cents).toBe(12_345n);
    expect(y?.amount.exactEuros).toBe("123.45");
    expect(y?.proRata).toBe(false);
  });
  it.each([
    [1, 1_029n], // 12345 / 12 = 1028.75 → 1029
    [6, 6_173n], // 6172.5 → 6173 (half away from zero)
    [11, 11_316n], // 11316.25 → 11316
  ])("%i months of € 123,45 a year", (months, cents) => {
    const [y] = computeContractYearAmounts(12_345n, [{ year: 2026, months }]);
    expect(y?.amount.cents).toBe(cents);
  });
  it("a partial last year is pro rata of its own indexed full-year level", () => {
    const years = computeContractYearAmounts(1_200_000n, [
      { year: 2026, months: 10 },
      { year: 2027, months: 12, indexPct: "2" },
      { year: 2028, months: 2, indexPct: "2" },
    ]);
    expect(years.map((y) => y.fullYear.cents)).toEqual([1_200_000n, 1_224_000n, 1_248_480n]);
    expect(years.map((y) => y.amount.cents)).toEqual([1_000_000n, 1_224_000n, 208_080n]);
  });
});

describe("computeContractYearAmounts: indexation", () => {
  it("chains on the rounded full-year cents of the previous year", () => {
    // 101 × 1.005 = 101.505 → 102; 102 × 1.005 = 102.51 → 103.
    // (Exact compounding 101 × 1.005² = 102.0125… would give 102.)
    const years = computeContractYearAmounts(101n, [
      { year: 2026, months: 12 },
      { year: 2027, months: 12, indexPct: "0.5" },
      { year: 2028, months: 12, indexPct: "0.5" },
    ]);
    expect(years.map((y) => y.fullYear.exactEuros)).toEqual(["1.01", "1.01505", "1.0251"]);
    expect(years.map((y) => y.amount.cents)).toEqual([101n, 102n, 103n]);
  });
  it("a zero index keeps the amount", () => {
    const years = computeContractYearAmounts(SBO_ANNUAL, [
      { year: 2026, months: 12 },
      { year: 2027, months: 12, indexPct: "0" },
    ]);
    expect(years[1]?.amount.cents).toBe(SBO_ANNUAL);
  });
  it("computes in year order whatever the input order", () => {
    const years = computeContractYearAmounts(SBO_ANNUAL, [
      { year: 2027, months: 12, indexPct: "3,1" },
      { year: 2026, months: 10 },
    ]);
    expect(years.map((y) => [y.year, y.amount.cents])).toEqual([
      [2026, 34_240_695n],
      [2027, 42_362_588n],
    ]);
    expect(sortContractYears([{ year: 2028, months: 1 }, { year: 2026, months: 1 }]).map((y) => y.year)).toEqual([
      2026, 2028,
    ]);
  });
  it("throws when a later year has no index (validation reports it first)", () => {
    expect(() =>
      computeContractYearAmounts(SBO_ANNUAL, [
        { year: 2026, months: 12 },
        { year: 2027, months: 12 },
      ]),
    ).toThrow(/2027/);
  });
});
