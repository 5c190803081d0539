import { instantToLocalDate } from "@/lib/domain/local-time";
import { buildOptOutCsv } from "@/lib/exports/opt-out-csv";
import { getActor } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listOptOutOverview } from "@/lib/server/queries/opt-out";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

// Every version of every opt-out notice as CSV, for staff. A route handler is
// a public endpoint: it checks the actor itself (proxy.ts is no boundary).

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET() {
  const actor = await getActor();
  if (!actor) return plain(401, "U bent niet (meer) ingelogd. Log opnieuw in.");
  if (actor.role !== "STAFF") return plain(403, "U heeft geen toegang tot deze functie.");

  const procedure = await getCurrentProcedure();
  const [providers, now] = await Promise.all([listOptOutOverview(actor, procedure.id), getNow()]);
  return new Response(buildOptOutCsv(providers), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="opzeggingen-${instantToLocalDate(now)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
