import { describe, expect, it } from "vitest";
import { fraction } from "./budget";
import type { BudgetFormValues, BudgetStructure } from "./budget-form";
import {
  budgetParameterRows,
  formatFteText,
  fractionAsPercent,
  fteRangeText,
  nlDecimal,
  nlEuros,
  nlEurosShort,
  nlPercentText,
} from "./budget-report";

describe("Dutch notation of exact values", () => {
  it("groups thousands with dots and uses a decimal comma, keeping all decimals", () => {
    expect(nlDecimal("91308.5151552")).toBe("91.308,5151552");
    expect(nlDecimal("1234567")).toBe("1.234.567");
    expect(nlDecimal("0.0833")).toBe("0,0833");
    expect(nlDecimal("-1234.5")).toBe("-1.234,5");
  });
  it("keeps the ellipsis of a rounded value", () => {
    expect(nlDecimal("740.3393513514…")).toBe("740,3393513514…");
  });
  it("leaves anything else alone", () => {
    expect(nlDecimal("n.v.t.")).toBe("n.v.t.");
  });
  it("writes euros like formatMoney, with every exact decimal", () => {
    expect(nlEuros("91308.5151552")).toBe("€ 91.308,5151552");
    expect(nlEuros("-12.00")).toBe("-€ 12,00");
  });
  it("shortens long exact amounts for wide tables, marked as rounded", () => {
    // 61694.9459459459… euros = 6169494.59459… cents
    expect(nlEurosShort(fraction(34_240_695n * 100n, 555n))).toBe("€ 61.694,94595…");
    expect(nlEurosShort(fraction(5_706_782_5n, 10n))).toBe("€ 57.067,825");
  });
  it("percentages and FTE", () => {
    expect(nlPercentText("8.33")).toBe("8,33 %");
    expect(fractionAsPercent(fraction(833n, 10_000n))).toBe("8,33 %");
    expect(fractionAsPercent(fraction(1n, 3n), 1)).toBe("33,3… %");
    expect(formatFteText("4.00")).toBe("4");
    expect(formatFteText("4,50")).toBe("4,5");
    expect(fteRangeText("4.00", "5.00")).toBe("4–5");
    expect(fteRangeText("0.50", "0.50")).toBe("0,5");
  });
});

describe("budgetParameterRows", () => {
  const structure: BudgetStructure = {
    clusters: [{ id: "sbo", name: "SBO", level: "PRIMARY", fteMin: "4.00", fteMax: "5.00", schools: [{ id: "horizon", name: "SBO Horizon" }] }],
  };
  const values: BudgetFormValues = {
    baseYear: 2026,
    note: "",
    roles: [{ name: "Jeugdhulpverlener", monthlySalary: "4200.00", sharePct: "100" }],
    holidayAllowancePct: "8", yearEndBonusPct: "8,33", socialPremiumPct: "20", pensionPremiumPct: "15", overheadPct: "12", riskSurchargePct: "3",
    clusters: [{ clusterId: "sbo", fte: "5,5", fteReason: "Extra inzet" }],
    schools: [{ schoolId: "horizon", pupilCount: "100", countedOn: "2025-10-01" }],
    contractYears: [{ year: 2026, months: 10, indexPct: "" }, { year: 2027, months: 12, indexPct: "3,1" }],
  };
  const rows = Object.fromEntries(budgetParameterRows(values, structure).map((r) => [r.key, r.value]));

  it("reads every parameter as a person would write it", () => {
    expect(rows["role:jeugdhulpverlener"]).toBe("€ 4.200,00 per maand, 100 % van een fte");
    expect(rows.yearEndBonusPct).toBe("8,33 %");
    expect(rows["fte:sbo"]).toBe("5,5 fte (schatting 4–5 fte); reden: Extra inzet");
    expect(rows["pupils:horizon"]).toBe("100 (peildatum 1 oktober 2025)");
    expect(rows["year:2026"]).toBe("10 maanden (basisjaar)");
    expect(rows["year:2027"]).toBe("12 maanden, index 3,1 %");
    expect(rows.note).toBe("—");
  });
  it("keys rows so that two versions line up", () => {
    const other = budgetParameterRows({ ...values, overheadPct: "13" }, structure);
    expect(other.map((r) => r.key)).toEqual(budgetParameterRows(values, structure).map((r) => r.key));
  });
});
