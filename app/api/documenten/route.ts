import { isDomainError } from "@/lib/domain/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/file-type";
import { getActor } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { uploadDocument } from "@/lib/server/services/documents";

/** Upload of one document (multipart field "file"); answers with its id, name, size and SHA-256. */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ message: "Log opnieuw in om een bestand te uploaden." }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_DOCUMENT_BYTES + 64 * 1024) {
    return Response.json({ message: "Het bestand is groter dan 20 MB. Verklein het of splits het op." }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return Response.json({ message: "Kies een bestand." }, { status: 400 });
  try {
    const document = await uploadDocument({ actor, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), now: await getNow() });
    return Response.json({ id: document.id, fileName: document.fileName, sizeBytes: document.sizeBytes, sha256: document.sha256 });
  } catch (error) {
    if (isDomainError(error)) return Response.json({ message: error.message }, { status: 422 });
    throw error;
  }
}
