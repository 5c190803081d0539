import { describe, expect, it } from "vitest";
import { computeCostPerFte } from "./cost-per-fte";
import type { BudgetPercentages, BudgetRoleInput } from "./types";
import { WORKED_EXAMPLE_INPUT } from "./worked-example";

const EXAMPLE_PCT: BudgetPercentages = WORKED_EXAMPLE_INPUT;
const role = (name: string, monthlySalaryCents: bigint, shareBasisPoints: number): BudgetRoleInput => ({
  name,
  monthlySalaryCents,
  shareBasisPoints,
});

describe("computeCostPerFte: the worked example", () => {
  const result = computeCostPerFte([role("Jeugdhulpverlener", 420_000n, 10_000)], EXAMPLE_PCT);
  const r = result.roles[0];

  it("shows every intermediate exactly", () => {
    expect(result.factors.allowanceFactor.decimal).toBe("1.1633");
    expect(result.factors.premiumFactor.decimal).toBe("1.35");
    expect(result.factors.yearEndBonus.decimal).toBe("0.0833");
    expect(r?.annualGross.exactEuros).toBe("58630.32"); // 4200 × 12 × 1.1633
    expect(r?.personnelCost.exactEuros).toBe("79150.932"); // × 1.35
    expect(r?.overhead.exactEuros).toBe("9498.11184"); // × 0.12
    expect(r?.risk.exactEuros).toBe("2659.4713152"); // (79150.932 + 9498.11184) × 0.03
    expect(r?.roleCost.exactEuros).toBe("91308.5151552");
    expect(r?.share.decimal).toBe("1");
    expect(r?.weightedCost.exactEuros).toBe("91308.5151552");
  });
  it("rounds once: € 91.308,52", () => {
    expect(result.costPerFte.exactEuros).toBe("91308.5151552");
    expect(result.costPerFte.cents).toBe(9_130_852n);
  });
});

describe("computeCostPerFte: functiemix", () => {
  it("weights the role costs by share (60 % / 40 %)", () => {
    const result = computeCostPerFte(
      [role("Jeugdhulpverlener", 420_000n, 6_000), role("Gedragswetenschapper", 500_000n, 4_000)],
      EXAMPLE_PCT,
    );
    expect(result.roles.map((x) => x.roleCost.exactEuros)).toEqual(["91308.5151552", "108700.61328"]);
    expect(result.roles.map((x) => x.weightedCost.exactEuros)).toEqual(["54785.10909312", "43480.245312"]);
    expect(result.costPerFte.exactEuros).toBe("98265.35440512");
    expect(result.costPerFte.cents).toBe(9_826_535n);
  });
  it("rounds the sum once, not each role (would be one cent less here)", () => {
    const result = computeCostPerFte([role("A", 420_002n, 5_000), role("B", 480_000n, 5_000)], EXAMPLE_PCT);
    // 45654.47497882656 + 52176.2943744 = 97830.76935322656 → 97830.77;
    // rounding each weighted cost first would give 45654.47 + 52176.29 = 97830.76.
    expect(result.roles.map((x) => x.weightedCost.exactEuros)).toEqual(["45654.47497882656", "52176.2943744"]);
    expect(result.costPerFte.exactEuros).toBe("97830.76935322656");
    expect(result.costPerFte.cents).toBe(9_783_077n);
  });
  it("rounds an exact half cent away from zero (not to even)", () => {
    const zero = { ...EXAMPLE_PCT, holidayAllowancePct: "0", yearEndBonusPct: "0", socialPremiumPct: "0" };
    const pct = { ...zero, pensionPremiumPct: "0", overheadPct: "0", riskSurchargePct: "0.5" };
    // 4166.75 × 12 × 1.005 = 50251.005 euro = 5025100.5 cents
    const result = computeCostPerFte([role("A", 416_675n, 10_000)], pct);
    expect(result.costPerFte.exactEuros).toBe("50251.005");
    expect(result.costPerFte.cents).toBe(5_025_101n);
  });
  it("accepts percentages with a comma and four decimals", () => {
    const result = computeCostPerFte([role("A", 420_000n, 10_000)], { ...EXAMPLE_PCT, yearEndBonusPct: "8,3300" });
    expect(result.costPerFte.cents).toBe(9_130_852n);
  });
  it("zero percentages: cost per FTE is 12 × the monthly salary", () => {
    const pct = {
      holidayAllowancePct: "0",
      yearEndBonusPct: "0",
      socialPremiumPct: "0",
      pensionPremiumPct: "0",
      overheadPct: "0",
      riskSurchargePct: "0",
    };
    expect(computeCostPerFte([role("A", 123_456n, 10_000)], pct).costPerFte.cents).toBe(1_481_472n);
  });
});
