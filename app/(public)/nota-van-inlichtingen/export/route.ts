import { instantToLocalDate } from "@/lib/domain/local-time";
import { toQuestionsCsv, toQuestionsPdf } from "@/lib/exports/questions-export";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listPublishedQuestions } from "@/lib/server/queries/questions";

// The public nota van inlichtingen as CSV or PDF: only published, anonymised
// questions and answers, exactly as the page shows them.

export const dynamic = "force-dynamic";

const FORMATS = {
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  pdf: { type: "application/pdf", extension: "pdf" },
} as const;

export async function GET(request: Request) {
  const requested = new URL(request.url).searchParams.get("formaat") ?? "csv";
  if (requested !== "csv" && requested !== "pdf") {
    return new Response("Kies het formaat csv of pdf.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const items = await listPublishedQuestions(procedure.id, now);
  const body = requested === "csv" ? toQuestionsCsv(items) : new Uint8Array(await toQuestionsPdf(items, { procedureTitle: procedure.title, generatedAt: now }));
  return new Response(body, {
    headers: {
      "Content-Type": FORMATS[requested].type,
      "Content-Disposition": `attachment; filename="nota-van-inlichtingen-${instantToLocalDate(now)}.${FORMATS[requested].extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
