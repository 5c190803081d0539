import { isDomainError } from "@/lib/domain/errors";
import { uploadLengthRefusal } from "@/lib/domain/upload-request";
import { getActor } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { throttleUpload } from "@/lib/server/request-throttle";
import { uploadDocument } from "@/lib/server/services/documents";

/**
 * Upload of one document (multipart field "file"); answers with its id, name,
 * size and SHA-256. Before the body is read: a login, a Content-Length within
 * the limit (411 without one, 413 over it) and at most 60 uploads per user an
 * hour (429).
 */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ message: "Log opnieuw in om een bestand te uploaden." }, { status: 401 });
  const refusal = uploadLengthRefusal(request.headers.get("content-length"));
  if (refusal) return Response.json({ message: refusal.message }, { status: refusal.status });
  try {
    await throttleUpload(actor.userId);
  } catch (error) {
    if (isDomainError(error) && error.code === "RATE_LIMITED") return Response.json({ message: error.message }, { status: 429 });
    throw error;
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
