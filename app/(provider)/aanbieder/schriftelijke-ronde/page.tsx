import type { Metadata } from "next";
import Link from "next/link";
import { contractYearLabel } from "@/components/budget/published-amounts";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { PlanStatusBadge } from "@/components/selection/plan-status-badge";
import { WindowNotice } from "@/components/selection/window-notice";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { listOwnWrittenRoundSchools } from "@/lib/server/queries/written-plan";

export const metadata: Metadata = { title: "Schriftelijke ronde" };

export default async function WrittenRoundPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const [milestones, view, budget] = await Promise.all([listMilestones(procedure.id), listOwnWrittenRoundSchools(actor, procedure.id, now), getPublishedBudget(procedure.id)]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Schriftelijke ronde</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Voor iedere school van een cluster waarvoor u bent toegelaten, werkt u het plan van aanpak schriftelijk uit op de
          onderwerpen van de procedure. De school leest de plannen pas na de sluiting van de schriftelijke ronde.
        </p>
      </div>
      <WindowNotice role={actor.role} action="writtenPlan.submit" milestones={milestones} now={now} openText="Uw concept wordt automatisch bewaard; na indienen krijgt u een ontvangstbewijs." />

      {!view.announced ? (
        <Alert tone="info">
          U ziet hier de scholen zodra de toegelaten aanbieders bekend zijn gemaakt
          {view.announcementAt ? <> ({formatDateTimeWithZone(view.announcementAt)})</> : null}.
        </Alert>
      ) : view.clusters.length === 0 ? (
        <Alert tone="info">Uw organisatie is voor geen enkel cluster toegelaten; u kunt in deze procedure geen schriftelijk plan indienen.</Alert>
      ) : (
        view.clusters.map((cluster) => (
          <Card key={cluster.id} title={cluster.name}>
            <DataTable caption={`Scholen van ${cluster.name}`} minWidth="40rem">
              <thead>
                <tr>
                  <Th>School</Th>
                  <Th>Vast bedrag per jaar</Th>
                  <Th>Uw plan</Th>
                </tr>
              </thead>
              <tbody>
                {cluster.schools.map((school) => {
                  const amounts = budget?.amounts.get(school.id);
                  return (
                    <Tr key={school.id}>
                      <RowTh>
                        <Link href={`/aanbieder/schriftelijke-ronde/${school.id}`}>{school.name}</Link>
                        <span className="block text-sm font-normal text-slate-700">{school.street}, {school.city}</span>
                      </RowTh>
                      <Td>
                        {budget && amounts ? (
                          <ul>
                            {budget.years.map((y) => {
                              const cents = amounts.get(y.year);
                              return <li key={y.year} className="whitespace-nowrap tabular-nums">{contractYearLabel(y)}: {cents === undefined ? "—" : formatMoney(cents)}</li>;
                            })}
                          </ul>
                        ) : (
                          "Nog niet vastgesteld"
                        )}
                      </Td>
                      <Td><PlanStatusBadge status={school.status} /></Td>
                    </Tr>
                  );
                })}
              </tbody>
            </DataTable>
          </Card>
        ))
      )}
    </div>
  );
}
