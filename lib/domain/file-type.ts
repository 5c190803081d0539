// Which document a file really is, judged by its content (magic bytes), never
// by its name or the browser's MIME type. Pure.

export const ACCEPTED_DOCUMENTS = {
  pdf: { mimeType: "application/pdf", label: "PDF", extension: "pdf" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word (DOCX)", extension: "docx" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", label: "OpenDocument-tekst (ODT)", extension: "odt" },
} as const;

export type DocumentType = keyof typeof ACCEPTED_DOCUMENTS;

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 30 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Names of the entries in a ZIP's central directory (enough to tell DOCX from other ZIPs). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (let i = 0; i + 46 <= bytes.length && names.length < 2000; i++) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
      const nameLength = (bytes[i + 28] ?? 0) | ((bytes[i + 29] ?? 0) << 8);
      names.push(ascii(bytes, i + 46, nameLength));
      i += 45 + nameLength;
    }
  }
  return names;
}

/** The document type of the content, or null when it is none of the accepted ones. */
export function detectDocumentType(bytes: Uint8Array): DocumentType | null {
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (!isZip(bytes)) return null;
  // ODF: the first entry is the uncompressed "mimetype" file holding the type.
  if (ascii(bytes, 30, 8) === "mimetype" && ascii(bytes, 38, 39) === ACCEPTED_DOCUMENTS.odt.mimeType) return "odt";
  const names = zipEntryNames(bytes);
  if (names.includes("[Content_Types].xml") && names.some((n) => n.startsWith("word/"))) return "docx";
  return null;
}

export type UploadCheck = { ok: true; type: DocumentType } | { ok: false; message: string };

/** Checks an upload: size, and type by content. Messages in Dutch. */
export function checkUpload(bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0) return { ok: false, message: "Het bestand is leeg." };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, message: "Het bestand is groter dan 20 MB. Verklein het of splits het op." };
  const type = detectDocumentType(bytes);
  if (!type) return { ok: false, message: "Dit bestand is geen PDF, DOCX of ODT (gecontroleerd op de inhoud, niet op de naam)." };
  return { ok: true, type };
}
