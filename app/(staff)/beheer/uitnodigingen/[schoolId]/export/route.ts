import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { toXlsx } from "@/lib/server/exports/budget-export";
import { buildScoreMatrix, fileSlug } from "@/lib/server/exports/score-matrix";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// The score matrix of one school as XLSX, for staff only. A route handler is
// a public endpoint: it checks the actor itself (proxy.ts is no boundary).

export const dynamic = "force-dynamic";

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, ctx: { params: Promise<{ schoolId: string }> }) {
  const actor = await getActor();
  if (!actor) return plain(401, "U bent niet (meer) ingelogd. Log opnieuw in.");
  if (actor.role !== "STAFF") return plain(403, "U heeft geen toegang tot deze functie.");
  const { schoolId } = await ctx.params;
  const procedure = await getCurrentProcedure();
  try {
    const matrix = await buildScoreMatrix(procedure.id, { schoolId });
    return new Response(new Uint8Array(await toXlsx(matrix.sections)), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="scorematrix-${fileSlug(matrix.title)}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return plain(404, error.message);
    throw error;
  }
}
