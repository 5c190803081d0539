import { inflateSync } from "node:zlib";

/**
 * The text of a PDF as pdfkit writes it: its content streams are deflated
 * (FlateDecode), and each line is a TJ operator with WinAnsi strings in hex
 * (as tests/integration/plan.int.test.ts reads an uncompressed one). Lines
 * are joined with a newline; streams that are not deflated are skipped.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const stream of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      lines.push([...(tj[1] ?? "").matchAll(/<([0-9a-f]+)>/g)].map((h) => Buffer.from(h[1] ?? "", "hex").toString("latin1")).join(""));
    }
  }
  return lines.join("\n");
}
