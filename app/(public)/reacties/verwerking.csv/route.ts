import { toCsv } from "@/lib/exports/csv";
import { OUTCOME_LABELS } from "@/lib/schemas/reactions";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listPublishedProcessing } from "@/lib/server/queries/reactions";

export const dynamic = "force-dynamic";

/** The published, anonymised processing of reactions as CSV (404 before publication). */
export async function GET() {
  const procedure = await getCurrentProcedure();
  const table = await listPublishedProcessing(procedure.id, await getNow());
  if (!table.published) return new Response("Nog niet gepubliceerd.", { status: 404 });
  const csv = toCsv(
    ["Nr.", "Onderwerp", "Van", "Uitkomst", "Verwerking", "Gewijzigd onderdeel"],
    table.rows.map((r) => [r.number, r.subject, r.from, r.outcome ? OUTCOME_LABELS[r.outcome] : "", r.processingText, r.changedSection]),
  );
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="verwerking-reacties.csv"' } });
}
