import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { renderPlanPdf } from "@/lib/server/exports/plan-pdf";
import { getPlanPdfData } from "@/lib/server/queries/plan";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// The current version of a plan of approach as PDF, with its signature page:
// for the parties of that plan (a chosen provider and the municipality once
// the choice is final) and staff; anyone else gets 404.

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Log in om dit plan van aanpak te downloaden.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { planId } = await params;
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  try {
    const { page, document, current } = await getPlanPdfData(actor, procedure.id, planId.slice(0, 40), now);
    const pdf = await renderPlanPdf(document, {
      versionNumber: current.number, contentSha256: current.contentSha256, frozenAt: current.frozenAt,
      final: page.status === "FINAL", generatedAt: now, signatories: current.signatories,
    });
    const name = page.school.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="plan-van-aanpak-${name}-versie-${current.number}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return new Response("Niet gevonden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
