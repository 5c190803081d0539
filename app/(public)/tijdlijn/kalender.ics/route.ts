import { buildTimelineCalendar } from "@/lib/exports/timeline-ics";
import { baseUrl } from "@/lib/server/env";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";

export const dynamic = "force-dynamic";

/** Public iCalendar feed of the timeline: subscribe to it in any calendar app. */
export async function GET() {
  const procedure = await getCurrentProcedure();
  const milestones = await listMilestones(procedure.id);
  const body = buildTimelineCalendar({
    procedureSlug: procedure.slug,
    procedureTitle: procedure.title,
    url: `${baseUrl()}/tijdlijn`,
    milestones,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="tijdlijn.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
