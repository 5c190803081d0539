import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { buildResultLetter } from "@/lib/server/exports/result-letter";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// The result letter of one provider for one school as PDF, for staff only
// (marked as a draft until the result is published).

export const dynamic = "force-dynamic";

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, ctx: { params: Promise<{ schoolId: string; providerId: string }> }) {
  const actor = await getActor();
  if (!actor) return plain(401, "U bent niet (meer) ingelogd. Log opnieuw in.");
  if (actor.role !== "STAFF") return plain(403, "U heeft geen toegang tot deze functie.");
  const { schoolId, providerId } = await ctx.params;
  const procedure = await getCurrentProcedure();
  try {
    const { pdf, fileName } = await buildResultLetter(procedure.id, schoolId, providerId, await getNow());
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return plain(404, error.message);
    throw error;
  }
}
