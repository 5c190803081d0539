import type { Metadata } from "next";
import { CurrentPhaseSummary } from "@/components/procedure/current-phase-summary";
import { Timeline } from "@/components/procedure/timeline";
import { Card } from "@/components/ui/card";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Tijdlijn" };

export default async function TimelinePage() {
  const procedure = await getCurrentProcedure();
  const [now, milestones] = await Promise.all([getNow(), listMilestones(procedure.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tijdlijn — {procedure.title}</h1>
      <CurrentPhaseSummary milestones={milestones} now={now} />
      <Card title="Alle mijlpalen">
        <p className="mb-3 text-sm text-slate-700">
          Alle data zijn streefdata in Europe/Amsterdam; een termijn loopt tot en met het einde van de laatste dag. Wijzigt het
          Servicebureau een datum, dan ziet u dat hier en in uw agenda.
        </p>
        <Timeline milestones={milestones} now={now} />
      </Card>
      <Card title="In uw agenda">
        <p className="text-sm">
          Abonneer u op de <a href="/tijdlijn/kalender.ics">tijdlijn als agenda (iCalendar, .ics)</a>. Uw agenda-app werkt de data
          dan vanzelf bij.
        </p>
        <p className="mt-2 text-sm">
          <a href="/ocds" download>Download als OCDS (JSON)</a>: de gepubliceerde gegevens van de procedure in de Open Contracting Data
          Standard.
        </p>
      </Card>
    </div>
  );
}
