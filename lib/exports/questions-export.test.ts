import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { toQuestionsCsv, toQuestionsPdf, toWinAnsi, type PublishedItem } from "./questions-export";

const items: PublishedItem[] = [
  { number: 1, publishedAt: new Date("2025-06-02T22:30:00Z"), question: "Wat is de peildatum?", answer: "1 oktober 2025; zie \"bijlage 3\".\nTweede regel." },
  { number: 2, publishedAt: new Date("2025-07-01T08:00:00Z"), question: "=HYPERLINK(\"x\")", answer: "-1 is geen antwoord" },
];

/** The text a PDF shows: pdfkit writes WinAnsi strings as hex in its (deflated) content streams. */
function pdfText(pdf: Buffer): string {
  const latin = pdf.toString("latin1");
  let text = "";
  for (const m of latin.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1] ?? "", "latin1")).toString("latin1");
    } catch {
      content = m[1] ?? "";
    }
    for (const [line] of content.matchAll(/\[[^\]]*\] TJ/g)) {
      text += [...line.matchAll(/<([0-9a-f]+)>/g)].map((h) => Buffer.from(h[1] ?? "", "hex").toString("latin1")).join("");
      text += "\n";
    }
  }
  return text;
}

describe("nota van inlichtingen exports", () => {
  it("writes CSV with a BOM, semicolons, the local publication date, quoting and no formulas", () => {
    const csv = toQuestionsCsv(items);
    expect(csv.startsWith("\uFEFFNummer;Gepubliceerd op;Vraag;Antwoord\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    // 22:30 UTC on 2 June is 3 June 00:30 in Amsterdam.
    expect(lines[1]).toBe('1;2025-06-03;Wat is de peildatum?;"1 oktober 2025; zie ""bijlage 3"".\nTweede regel."');
    expect(lines[2]).toBe(`2;2025-07-01;"'=HYPERLINK(""x"")";'-1 is geen antwoord`);
    expect(lines[3]).toBe("");
  });

  it("writes only the header for an empty nota", () => {
    expect(toQuestionsCsv([])).toBe("\uFEFFNummer;Gepubliceerd op;Vraag;Antwoord\r\n");
  });

  it("keeps Dutch text in the PDF fonts' encoding and replaces what they cannot show", () => {
    expect(toWinAnsi("Één “vraag” — € 5 ✓ 😀\r\nnieuw")).toBe("Één “vraag” — € 5 ? ?\nnieuw");
  });

  it("renders a PDF with the title, each numbered item with its date, question and answer", async () => {
    const pdf = await toQuestionsPdf(items, { procedureTitle: "Herziening jeugdhulp op school", generatedAt: new Date("2025-07-02T10:00:00Z") });
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = pdfText(pdf).replace(/\n/g, "");
    expect(text).toContain("Nota van inlichtingen");
    expect(text).toContain("Vraag 1 (gepubliceerd op 3 juni 2025)");
    expect(text).toContain("Wat is de peildatum?");
    expect(text).toContain("Vraag 2 (gepubliceerd op 1 juli 2025)");
    expect(text).toContain("-1 is geen antwoord");
  });
});
