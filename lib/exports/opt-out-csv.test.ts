import { describe, expect, it } from "vitest";
import { buildOptOutCsv, csvField, OPT_OUT_CSV_HEADER } from "./opt-out-csv";

const notice = {
  scopeLabel: "Alleen de gekozen segmenten",
  segments: ["Verblijf", "Specialistisch Veelvoorkomend"],
  noticeOn: "2025-08-08",
  signatoryName: "Pieter Jansen",
  signatoryFunction: "Bestuurder; directeur",
  submittedAt: new Date("2025-08-08T21:59:59Z"),
  receiptNumber: "OPZ-2025-000002",
  contentSha256: "ab".repeat(32),
};

describe("opt-out CSV", () => {
  it("starts with a BOM, separates with semicolons, ends lines with CRLF, one line per version", () => {
    const csv = buildOptOutCsv([
      { organisationName: "Jeugdhulp De Brug", kvkNumber: "90000001", versions: [{ ...notice, version: 2 }, { ...notice, version: 1, receiptNumber: "OPZ-2025-000001" }] },
      { organisationName: "Zonder opzegging", kvkNumber: null, versions: [] },
    ]);
    expect(csv.startsWith("\uFEFFAanbieder;KvK-nummer;Versie;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, two versions, trailing empty
    expect(lines[0]).toBe(OPT_OUT_CSV_HEADER.join(";"));
    expect(lines[1]).toBe(
      'Jeugdhulp De Brug;90000001;2;ja;2;Alleen de gekozen segmenten;Verblijf, Specialistisch Veelvoorkomend;08-08-2025;Pieter Jansen;"Bestuurder; directeur";' +
        `8 augustus 2025 23:59 CEST;2025-08-08T21:59:59.000Z;OPZ-2025-000002;${"ab".repeat(32)}`,
    );
    expect(lines[2]).toMatch(/^Jeugdhulp De Brug;90000001;1;nee;2;.*;OPZ-2025-000001;/);
    expect(lines[3]).toBe("");
  });

  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("gewoon")).toBe("gewoon");
    expect(csvField('Zegt "nee"')).toBe('"Zegt ""nee"""');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+31 6")).toBe("'+31 6");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });
});
