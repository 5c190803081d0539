import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { readDocumentForActor } from "@/lib/server/services/documents";

/** Download of a document, for whoever may read it (see readDocumentForActor). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Log in om dit bestand te downloaden.", { status: 401 });
  const { id } = await params;
  try {
    const { document, bytes } = await readDocumentForActor(actor, id.slice(0, 40));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": document.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return new Response("Niet gevonden.", { status: 404 });
    throw error;
  }
}
