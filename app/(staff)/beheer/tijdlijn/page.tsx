import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { milestoneToDates } from "@/lib/domain/milestone-change";
import { milestoneDates } from "@/lib/domain/milestone-dates";
import { windowState } from "@/lib/domain/timeline";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { MilestoneForm } from "./_components/milestone-form";

export const metadata: Metadata = { title: "Tijdlijn beheren" };

const stateLabel = { UPCOMING: "Gepland", OPEN: "Nu open", CLOSED: "Voorbij" } as const;

export default async function ManageTimelinePage() {
  await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const [now, milestones] = await Promise.all([getNow(), listMilestones(procedure.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tijdlijn beheren</h1>
      <p className="max-w-3xl text-slate-800">
        Alle data zijn streefdata. Elke wijziging vraagt om een reden en komt in het auditlog. Verschuift u een datum die al voorbij
        is, of verkort of heropent u een termijn, dan vraagt het portaal om bevestiging. Wijzigingen aan een open termijn (zoals een
        verlenging na een storing) en bevestigde wijzigingen krijgen de betrokken organisaties per e-mail te horen.
      </p>
      {milestones.map((m) => {
        const dates = milestoneToDates(m);
        const state = windowState(m, now);
        return (
          <Card key={m.id} title={m.title}>
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
              <span>Nu: <strong>{milestoneDates(m)}</strong></span>
              <Badge tone={state === "OPEN" ? "success" : "neutral"}>{stateLabel[state]}</Badge>
            </p>
            <MilestoneForm milestoneId={m.id} title={m.title} isWindow={m.isWindow} opensOn={dates.opensOn} lastDay={dates.lastDay} />
          </Card>
        );
      })}
    </div>
  );
}
