import { MAX_DOCUMENT_BYTES } from "./file-type";

/** Room for the multipart envelope (boundaries, headers, field name) around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadRefusal {
  status: 411 | 413;
  message: string;
}

/**
 * Checks an upload's Content-Length header before the body is read: a
 * request without a (valid) length is refused, and so is one over the limit,
 * so that nobody can make the server buffer an unbounded body.
 */
export function uploadLengthRefusal(contentLength: string | null, maxBytes = MAX_DOCUMENT_BYTES): UploadRefusal | null {
  const value = contentLength?.trim() ?? "";
  if (!/^\d+$/.test(value)) {
    return { status: 411, message: "De grootte van het bestand is niet meegestuurd. Probeer het opnieuw, zo nodig in een andere browser." };
  }
  if (Number(value) > maxBytes + MULTIPART_OVERHEAD_BYTES) {
    return { status: 413, message: `Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB. Verklein het of splits het op.` };
  }
  return null;
}
