import { describe, expect, it } from "vitest";
import { basisPointsToSharePct, computeFromForm, formToBudgetInput, sharePctToBasisPoints, type BudgetFormValues, type BudgetStructure } from "./budget-form";

const structure: BudgetStructure = {
  clusters: [
    {
      id: "sbo", name: "SBO", level: "PRIMARY", fteMin: "4", fteMax: "5",
      schools: [
        { id: "p", name: "SBO Prinsenhof" }, { id: "l", name: "SBO Laurentiusschool" }, { id: "v", name: "SBO De Vuurtoren" },
        { id: "z", name: "IKC Het Zwanenbos" }, { id: "h", name: "SBO Horizon" },
      ],
    },
  ],
};

const values = (): BudgetFormValues => ({
  baseYear: 2026,
  note: "",
  roles: [{ name: "Jeugdhulpverlener", monthlySalary: "4.200,00", sharePct: "100" }],
  holidayAllowancePct: "8", yearEndBonusPct: "8,33", socialPremiumPct: "20", pensionPremiumPct: "15", overheadPct: "12", riskSurchargePct: "3",
  clusters: [{ clusterId: "sbo", fte: "4,5", fteReason: "" }],
  schools: [["p", "120"], ["l", "95"], ["v", "130"], ["z", "110"], ["h", "100"]].map(([schoolId, pupilCount]) => ({ schoolId: schoolId ?? "", pupilCount: pupilCount ?? "", countedOn: "2025-10-01" })),
  contractYears: [{ year: 2026, months: 10, indexPct: "" }, { year: 2027, months: 12, indexPct: "3,1" }],
});

describe("budget form", () => {
  it("computes the issue's worked example from typed Dutch input", () => {
    const result = computeFromForm(values(), structure);
    if (!("breakdown" in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.breakdown.costPerFte.cents).toBe(9_130_852n);
    const byYear = (year: number) => result.breakdown.schoolAmounts.filter((a) => a.year === year);
    expect(byYear(2026).find((a) => a.schoolId === "h")?.cents).toBe(6_169_495n);
    expect(byYear(2027).reduce((sum, a) => sum + a.cents, 0n)).toBe(42_362_588n);
  });

  it("puts money, share and pupil errors under the form's own fields", () => {
    const bad = values();
    bad.roles[0] = { name: "X", monthlySalary: "vierduizend", sharePct: "abc" };
    bad.schools[1] = { schoolId: "l", pupilCount: "-3", countedOn: "" };
    const result = formToBudgetInput(bad, structure);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(["roles.0.monthlySalary", "roles.0.sharePct", "schools.1.pupilCount", "schools.1.countedOn"]));
  });

  it("refuses shares that do not add up to 100 % and an FTE outside the estimate without a reason", () => {
    const bad = values();
    bad.roles = [{ name: "A", monthlySalary: "4200", sharePct: "60" }, { name: "B", monthlySalary: "5000", sharePct: "30" }];
    bad.clusters[0] = { clusterId: "sbo", fte: "6", fteReason: "" };
    const result = formToBudgetInput(bad, structure);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors.roles).toMatch(/100/);
    expect(result.errors["clusters.0.fteReason"]).toBeTruthy();
  });

  it("refuses a cluster without pupils", () => {
    const bad = values();
    bad.schools = bad.schools.map((s) => ({ ...s, pupilCount: "0" }));
    const result = formToBudgetInput(bad, structure);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors.schools).toBeTruthy();
  });

  it("converts shares between percent and basis points", () => {
    expect(sharePctToBasisPoints("60,5")).toBe(6050);
    expect(sharePctToBasisPoints("100")).toBe(10000);
    expect(sharePctToBasisPoints("1.234")).toBeNull();
    expect(basisPointsToSharePct(6050)).toBe("60,5");
    expect(basisPointsToSharePct(10000)).toBe("100");
    expect(basisPointsToSharePct(3333)).toBe("33,33");
  });
});
