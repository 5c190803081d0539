import { describe, expect, it } from "vitest";
import { checkUpload, detectDocumentType, MAX_DOCUMENT_BYTES } from "./file-type";

const text = (s: string) => new TextEncoder().encode(s);

/** A minimal ZIP: one local header (optionally stored "mimetype" first) and central directory entries. */
function zip(entries: { name: string; data?: string }[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const name = [...text(e.name)];
    const data = [...text(e.data ?? "")];
    parts.push(0x50, 0x4b, 0x03, 0x04, ...new Array(14).fill(0), data.length & 0xff, data.length >> 8, 0, 0, data.length & 0xff, data.length >> 8, 0, 0, name.length, 0, 0, 0, ...name, ...data);
    central.push(0x50, 0x4b, 0x01, 0x02, ...new Array(24).fill(0), name.length, 0, ...new Array(16).fill(0), ...name);
  }
  return new Uint8Array([...parts, ...central]);
}

describe("detectDocumentType", () => {
  it("recognises a PDF by its header", () => {
    expect(detectDocumentType(text("%PDF-1.7\n..."))).toBe("pdf");
  });

  it("recognises an ODT by its stored mimetype entry", () => {
    expect(detectDocumentType(zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text" }, { name: "content.xml" }]))).toBe("odt");
  });

  it("recognises a DOCX by its content types and word/ entries", () => {
    expect(detectDocumentType(zip([{ name: "[Content_Types].xml" }, { name: "word/document.xml" }]))).toBe("docx");
  });

  it("refuses other ZIPs, executables renamed to .pdf, and text", () => {
    expect(detectDocumentType(zip([{ name: "[Content_Types].xml" }, { name: "xl/workbook.xml" }]))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02]))).toBeNull();
    expect(detectDocumentType(text("gewoon tekst"))).toBeNull();
  });
});

describe("checkUpload", () => {
  it("refuses empty and oversized files", () => {
    expect(checkUpload(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringMatching(/leeg/) });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(text("%PDF-"));
    expect(checkUpload(big)).toMatchObject({ ok: false, message: expect.stringMatching(/20 MB/) });
  });

  it("accepts a PDF of exactly 20 MB", () => {
    const max = new Uint8Array(MAX_DOCUMENT_BYTES);
    max.set(text("%PDF-"));
    expect(checkUpload(max)).toEqual({ ok: true, type: "pdf" });
  });
});
