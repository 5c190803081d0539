import "server-only";
import ExcelJS from "exceljs";
import { apportionLargestRemainder, exactMoney, toDecimalString, type BudgetBreakdown } from "@/lib/domain/budget";
import type { BudgetFormValues, BudgetStructure } from "@/lib/domain/budget-form";
import { budgetParameterRows, PERCENTAGE_FIELD_ORDER, PERCENTAGE_LABELS } from "@/lib/domain/budget-report";
import { toCsv as writeCsv, type CsvCell } from "@/lib/exports/csv";

// Export of a budget version's breakdown (issue 5) as CSV (semicolons, UTF-8
// with BOM, decimal comma: what Dutch Excel opens without an import wizard)
// and as XLSX (one sheet per section). Pure apart from ExcelJS: the sections
// are built from the breakdown, then written in either format.

export type ExportCell =
  | { kind: "text"; value: string }
  | { kind: "int"; value: number }
  /** Whole cents: a number in XLSX, "74033,93" in CSV. */
  | { kind: "money"; cents: bigint }
  /** An exact decimal with a dot ("91308.5151552", maybe ending in "…"): kept as text so nothing is rounded. */
  | { kind: "decimal"; value: string };

export interface ExportSection {
  /** Sheet name in XLSX (≤ 31 characters), title line in CSV. */
  title: string;
  header: string[];
  rows: ExportCell[][];
}

export interface BudgetExportInput {
  procedureTitle: string;
  version: number;
  status: string;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
  values: BudgetFormValues;
  structure: BudgetStructure;
  breakdown: BudgetBreakdown;
}

const text = (value: string): ExportCell => ({ kind: "text", value });
const int = (value: number): ExportCell => ({ kind: "int", value });
const money = (cents: bigint): ExportCell => ({ kind: "money", cents });
const dec = (value: string): ExportCell => ({ kind: "decimal", value });
const euros = (exactEuros: string): ExportCell => dec(exactEuros);

export function buildBudgetExport(input: BudgetExportInput): ExportSection[] {
  const b = input.breakdown;
  const parameters: ExportSection = {
    title: "Parameters",
    header: ["Onderdeel", "Parameter", "Waarde"],
    rows: [
      [text("Versie"), text("Procedure"), text(input.procedureTitle)],
      [text("Versie"), text("Versienummer"), int(input.version)],
      [text("Versie"), text("Status"), text(input.status)],
      [text("Versie"), text("Opgesteld door"), text(input.createdBy)],
      [text("Versie"), text("Opgesteld op"), text(input.createdAt)],
      ...(input.publishedAt ? [[text("Versie"), text("Gepubliceerd op"), text(input.publishedAt)]] : []),
      ...budgetParameterRows(input.values, input.structure).map((r) => [text(r.group), text(r.label), text(r.value)]),
    ],
  };
  const f = b.factors;
  const factorValues = [f.holidayAllowance, f.yearEndBonus, f.socialPremium, f.pensionPremium, f.overhead, f.riskSurcharge];
  const roles: ExportSection = {
    title: "Kosten per fte",
    header: ["Functie", "Maandsalaris", "Aandeel", "Jaarbrutoloon", "Personeelskosten", "Overhead", "Risico-opslag", "Kosten functie", "Gewogen kosten"],
    rows: [
      ...PERCENTAGE_FIELD_ORDER.map((field, i) => [text(`Factor ${PERCENTAGE_LABELS[field].toLowerCase()}`), dec(factorValues[i]?.decimal ?? "")]),
      [text("Toeslagfactor (1 + vakantiegeld + eindejaarsuitkering)"), dec(f.allowanceFactor.decimal)],
      [text("Lastenfactor (1 + sociale lasten + pensioenpremie)"), dec(f.premiumFactor.decimal)],
      ...b.roles.map((r) => [
        text(r.name), money(r.monthlySalaryCents), dec(r.share.decimal), euros(r.annualGross.exactEuros), euros(r.personnelCost.exactEuros),
        euros(r.overhead.exactEuros), euros(r.risk.exactEuros), euros(r.roleCost.exactEuros), euros(r.weightedCost.exactEuros),
      ]),
      [text("Kosten per fte, exact"), euros(b.costPerFte.exactEuros)],
      [text("Kosten per fte, afgerond"), money(b.costPerFte.cents)],
    ],
  };
  const clusters: ExportSection = {
    title: "Clusters",
    header: ["Cluster", "Fte", "Kosten per fte", "Jaarbedrag exact", "Jaarbedrag", "Leerlingen", "Per leerling exact", "Buiten schatting", "Reden"],
    rows: b.clusters.map((c) => [
      text(c.name), dec(c.fte.decimal), money(b.costPerFte.cents), euros(c.annualTotal.exactEuros), money(c.annualTotal.cents),
      int(c.pupils), euros(c.perPupil.exactEuros), text(c.fteOutsideRange ? "ja" : "nee"), text(c.fteReason ?? ""),
    ]),
  };
  const years: ExportSection = {
    title: "Contractjaren",
    header: ["Cluster", "Jaar", "Maanden", "Index %", "Indexfactor", "Volledig jaar exact", "Volledig jaar", "Bedrag exact", "Bedrag"],
    rows: b.clusters.flatMap((c) =>
      c.years.map((y) => [
        text(c.name), int(y.year), int(y.months), dec(y.indexPct?.replace(",", ".") ?? ""), dec(y.indexFactor ?? ""),
        euros(y.fullYear.exactEuros), money(y.fullYear.cents), euros(y.amount.exactEuros), money(y.amount.cents),
      ]),
    ),
  };
  const schoolHeader = ["Cluster", "Jaar", "School", "Leerlingen", "Leerlingen cluster", "Aandeel", "Exact bedrag", "Naar beneden afgerond", "Rest (cent)", "Rang", "Extra cent", "Vast bedrag"];
  const schools: ExportSection = {
    title: "Scholen",
    header: schoolHeader,
    rows: b.clusters.flatMap((c) => [
      ...apportionLargestRemainder(c.annualTotal.cents, c.schools.map((s) => ({ id: s.id, name: s.name, weight: s.pupils }))).map((p) => [
        text(c.name), text("volledig jaar"), text(p.name), int(p.weight), int(c.pupils), dec(toDecimalString({ num: BigInt(p.weight), den: BigInt(c.pupils) })),
        euros(exactMoney(p.exactCents).exactEuros), money(p.floorCents), dec(toDecimalString(p.remainderCents)), int(p.remainderRank),
        text(p.extraCent ? "ja" : "nee"), money(p.cents),
      ]),
      ...c.years.flatMap((y) =>
        y.schools.map((s) => [
          text(c.name), int(y.year), text(s.name), int(s.pupils), int(c.pupils), dec(s.share.decimal), euros(s.exact.exactEuros),
          money(s.floorCents), dec(s.remainderCents.decimal), int(s.remainderRank), text(s.extraCent ? "ja" : "nee"), money(s.cents),
        ]),
      ),
    ]),
  };
  const teachingKeys = [...new Set(b.clusters.flatMap((c) => c.norms.teaching.map((t) => t.key)))];
  const norms: ExportSection = {
    title: "Normen",
    header: ["Cluster", "School", "Leerlingen", "Fte", "Leerlingen per fte", "Norm leerlingen per fte", "Fte volgens norm", "Uren op school per jaar",
      ...teachingKeys.map((k) => `Dekking onderwijstijd ${k === "primary" ? "primair onderwijs" : "vmbo"}`)],
    rows: b.clusters.flatMap((c) =>
      [...c.schools.map((s) => ({ name: s.name, n: s.norms })), { name: "heel het cluster", n: c.norms }].map(({ name, n }) => [
        text(c.name), text(name), int(n.pupils), dec(n.fte.decimal), dec(n.pupilsPerFte?.decimal ?? ""), int(n.normPupilsPerFte),
        dec(n.normFte.decimal), dec(n.hoursAtSchoolPerYear.decimal),
        ...teachingKeys.map((k) => dec(n.teaching.find((t) => t.key === k)?.coverage.decimal ?? "")),
      ]),
    ),
  };
  return [parameters, roles, clusters, years, schools, norms];
}

/** Whole cents as "74033,93" (no grouping, decimal comma), so Dutch Excel reads a number. */
export function centsToCsvNumber(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n},${(abs % 100n).toString().padStart(2, "0")}`;
}

/** A cell as CSV text: money and decimals with a decimal comma; the shared writer quotes and neutralises. */
function csvValue(cell: ExportCell): CsvCell {
  switch (cell.kind) {
    case "text": return cell.value;
    case "int": return cell.value;
    case "money": return centsToCsvNumber(cell.cents);
    case "decimal": return cell.value.replace(".", ",");
  }
}

/** All sections one after the other: a title line, a header line, the rows, an empty line. */
export function toCsv(sections: ExportSection[]): string {
  const [first, ...rest] = sections.flatMap((s): CsvCell[][] => [[s.title], s.header, ...s.rows.map((r) => r.map(csvValue)), []]);
  return writeCsv((first ?? []).map(String), rest);
}

/** One worksheet per section; money as numbers in euro format, exact values as text. */
export async function toXlsx(sections: ExportSection[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Inkoopportaal Collectieve Jeugdhulp op School";
  for (const s of sections) {
    const sheet = workbook.addWorksheet(s.title.slice(0, 31).replace(/[[\]:*?/\\]/g, " "));
    sheet.addRow(s.header).font = { bold: true };
    for (const row of s.rows) {
      const added = sheet.addRow(row.map((cell) => {
        switch (cell.kind) {
          case "text": return cell.value;
          case "int": return cell.value;
          case "money": return Number(cell.cents) / 100;
          case "decimal": return cell.value.replace(".", ",");
        }
      }));
      row.forEach((cell, i) => {
        if (cell.kind === "money") added.getCell(i + 1).numFmt = '"€" #,##0.00';
        else if (cell.kind === "decimal") added.getCell(i + 1).alignment = { horizontal: "right" };
      });
    }
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(s.header[i]?.length ?? 0, ...s.rows.map((r) => String(csvValue(r[i] ?? text("")) ?? "").length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
