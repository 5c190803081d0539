import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { computeFromForm, type BudgetFormValues, type BudgetStructure } from "@/lib/domain/budget-form";
import { buildBudgetExport, centsToCsvNumber, toCsv, toXlsx, type BudgetExportInput } from "./budget-export";

// The worked example of issue 5 through the form, into both export formats.
const names = ["SBO Prinsenhof", "SBO Laurentiusschool", "SBO De Vuurtoren", "IKC Het Zwanenbos", "SBO Horizon"];
const structure: BudgetStructure = {
  clusters: [{ id: "sbo", name: "Speciaal Basisonderwijs (SBO)", level: "PRIMARY", fteMin: "4.00", fteMax: "5.00", schools: names.map((name, i) => ({ id: `s${i}`, name })) }],
};
const values: BudgetFormValues = {
  baseYear: 2026,
  note: "=HYPERLINK(\"x\")",
  roles: [{ name: "Jeugdhulpverlener", monthlySalary: "4.200,00", sharePct: "100" }],
  holidayAllowancePct: "8", yearEndBonusPct: "8,33", socialPremiumPct: "20", pensionPremiumPct: "15", overheadPct: "12", riskSurchargePct: "3",
  clusters: [{ clusterId: "sbo", fte: "4,5", fteReason: "" }],
  schools: [120, 95, 130, 110, 100].map((n, i) => ({ schoolId: `s${i}`, pupilCount: String(n), countedOn: "2025-10-01" })),
  contractYears: [{ year: 2026, months: 10, indexPct: "" }, { year: 2027, months: 12, indexPct: "3,1" }],
};

function input(): BudgetExportInput {
  const result = computeFromForm(values, structure);
  if (!("breakdown" in result)) throw new Error(JSON.stringify(result.errors));
  return {
    procedureTitle: "Herzieningsprocedure", version: 3, status: "Concept", createdBy: "Sanne de Vries",
    createdAt: "1 oktober 2025 10:00 CEST", publishedAt: null, values, structure, breakdown: result.breakdown,
  };
}

describe("CSV export", () => {
  const csv = toCsv(buildBudgetExport(input()));
  const lines = csv.split("\r\n");

  it("starts with a UTF-8 byte order mark and uses semicolons and CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[1]).toBe("Onderdeel;Parameter;Waarde");
  });
  it("writes money with a decimal comma and no grouping", () => {
    expect(centsToCsvNumber(7_403_393n)).toBe("74033,93");
    expect(centsToCsvNumber(5n)).toBe("0,05");
    expect(lines).toContain("Kosten per fte, afgerond;91308,52");
  });
  it("has Horizon's full-year and 2026 amounts of the worked example", () => {
    const horizon = lines.filter((l) => l.includes(";SBO Horizon;"));
    expect(horizon.find((l) => l.includes(";volledig jaar;"))?.endsWith(";74033,93")).toBe(true);
    expect(horizon.find((l) => l.includes(";2026;"))?.endsWith(";61694,95")).toBe(true);
  });
  it("neutralises text a spreadsheet would run as a formula, and quotes what needs quoting", () => {
    expect(lines).toContain(`Toelichting;Toelichting;"'=HYPERLINK(""x"")"`);
  });
});

describe("XLSX export", () => {
  it("has one sheet per section with money as numbers in euro format", async () => {
    const buffer = await toXlsx(buildBudgetExport(input()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Parameters", "Kosten per fte", "Clusters", "Contractjaren", "Scholen", "Normen"]);
    const schools = workbook.getWorksheet("Scholen");
    const row = schools?.getRows(2, schools.rowCount)?.find((r) => r.getCell(3).value === "SBO Horizon" && r.getCell(2).value === 2026);
    expect(row?.getCell(12).value).toBe(61694.95);
    expect(row?.getCell(12).numFmt).toBe('"€" #,##0.00');
    expect(row?.getCell(7).value).toBe("61694,9459459459…");
  });
});
