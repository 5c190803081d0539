// The nota van inlichtingen (published, anonymised questions and answers) as
// open-format exports: CSV (semicolon, UTF-8 with BOM, so Dutch Excel opens
// it as is) and a tagged PDF (pdfkit). Only what the public page shows.

import PDFDocument from "pdfkit";
import { formatDate, formatDateTimeWithZone } from "@/lib/domain/format";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { toCsv } from "./csv";

export interface PublishedItem {
  number: number;
  publishedAt: Date;
  question: string;
  answer: string;
}

export interface NotaMeta {
  procedureTitle: string;
  /** When the export was made (server clock). */
  generatedAt: Date;
}

export function toQuestionsCsv(items: readonly PublishedItem[]): string {
  return toCsv(
    ["Nummer", "Gepubliceerd op", "Vraag", "Antwoord"],
    items.map((item) => [item.number, instantToLocalDate(item.publishedAt), item.question, item.answer]),
  );
}

// The standard PDF fonts encode WinAnsi (Latin-1 plus a few typographic
// characters): enough for Dutch. Anything else is shown as "?" rather than
// as a wrong glyph.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    const code = ch.codePointAt(0) ?? 0;
    out += ch === "\n" || ch === "\t" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) ? ch : "?";
  }
  return out;
}

export function toQuestionsPdf(items: readonly PublishedItem[], meta: NotaMeta, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    pdfVersion: "1.7",
    tagged: true,
    lang: "nl-NL",
    displayTitle: true,
    compress: options.compress ?? true,
    info: {
      Title: toWinAnsi(`Nota van inlichtingen — ${meta.procedureTitle}`),
      Author: "Servicebureau Jeugdhulp Haaglanden",
      Subject: "Gepubliceerde vragen en antwoorden",
      CreationDate: meta.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const text = (role: string, value: string, font: string, size: number, after = 0) =>
    doc.addStructure(doc.struct(role, {}, () => {
      doc.font(font).fontSize(size).text(toWinAnsi(value), { paragraphGap: after });
    }));

  text("H1", "Nota van inlichtingen", "Helvetica-Bold", 20, 4);
  text("P", meta.procedureTitle, "Helvetica", 12, 4);
  text("P", `Stand van ${formatDateTimeWithZone(meta.generatedAt)}. Vragen en antwoorden van algemeen belang, geanonimiseerd, in volgorde van publicatie.`, "Helvetica", 10, 12);
  if (items.length === 0) text("P", "Er zijn nog geen vragen en antwoorden gepubliceerd.", "Helvetica", 11);
  for (const item of items) {
    doc.moveDown(0.5);
    text("H2", `Vraag ${item.number} (gepubliceerd op ${formatDate(item.publishedAt)})`, "Helvetica-Bold", 13, 4);
    text("P", item.question, "Helvetica", 11, 8);
    text("H3", "Antwoord", "Helvetica-Bold", 11, 2);
    text("P", item.answer, "Helvetica", 11, 8);
  }
  doc.end();
  return done;
}
