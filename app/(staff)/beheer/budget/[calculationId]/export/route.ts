import { formatDateTimeWithZone } from "@/lib/domain/format";
import { getActor } from "@/lib/server/auth";
import { buildBudgetExport, toCsv, toXlsx } from "@/lib/server/exports/budget-export";
import { findBudgetVersionView } from "@/lib/server/queries/budget-breakdown";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// The breakdown of one budget version as CSV or XLSX (issue 5), for staff.
// A route handler is a public endpoint: it checks the actor itself (proxy.ts
// is no boundary) and looks the version up within the current procedure only.

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
} as const;

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, ctx: { params: Promise<{ calculationId: string }> }) {
  const actor = await getActor();
  if (!actor) return plain(401, "U bent niet (meer) ingelogd. Log opnieuw in.");
  if (actor.role !== "STAFF") return plain(403, "U heeft geen toegang tot deze functie.");

  const requested = new URL(request.url).searchParams.get("formaat") ?? "csv";
  if (requested !== "csv" && requested !== "xlsx") return plain(400, "Kies het formaat csv of xlsx.");
  const format = FORMATS[requested];

  const { calculationId } = await ctx.params;
  const procedure = await getCurrentProcedure();
  const view = await findBudgetVersionView(procedure.id, calculationId);
  if (!view) return plain(404, "Deze berekening bestaat niet.");
  if (!("breakdown" in view.result)) {
    return plain(409, "Deze versie kan niet meer worden doorgerekend met de huidige scholen. Maak een nieuwe versie.");
  }

  const sections = buildBudgetExport({
    procedureTitle: procedure.title,
    version: view.meta.version,
    status: view.meta.status === "PUBLISHED" ? "Gepubliceerd" : "Concept",
    createdBy: view.meta.createdBy,
    createdAt: formatDateTimeWithZone(view.meta.createdAt),
    publishedAt: view.meta.publishedAt ? formatDateTimeWithZone(view.meta.publishedAt) : null,
    values: view.values,
    structure: view.structure,
    breakdown: view.result.breakdown,
  });
  const body = requested === "csv" ? toCsv(sections) : new Uint8Array(await toXlsx(sections));
  return new Response(body, {
    headers: {
      "Content-Type": format.type,
      "Content-Disposition": `attachment; filename="budget-versie-${view.meta.version}.${format.extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
