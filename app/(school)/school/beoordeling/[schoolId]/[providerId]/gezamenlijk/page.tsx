import type { Metadata } from "next";
import Link from "next/link";
import { RefusalPage, refusalOf } from "@/components/selection/refusal";
import { ScoreForm } from "@/components/selection/score-form";
import { SheetsTable } from "@/components/selection/sheets-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getConsensusScoring } from "@/lib/server/queries/scoring";

export const metadata: Metadata = { title: "Gezamenlijke beoordeling" };

export default async function ConsensusPage({ params }: { params: Promise<{ schoolId: string; providerId: string }> }) {
  const actor = await requireRole("SCHOOL");
  const { schoolId, providerId } = await params;
  const procedure = await getCurrentProcedure();
  const view = await getConsensusScoring(actor, procedure.id, schoolId.slice(0, 40), providerId.slice(0, 40), await getNow()).catch(refusalOf);
  const back = { href: `/school/beoordeling/${schoolId}/${providerId}`, label: "Terug naar het plan" };
  if ("refused" in view) return <RefusalPage title="Gezamenlijke beoordeling" message={view.refused} back={{ href: "/school/beoordeling", label: "Terug naar de kandidaten" }} />;
  const consensus = view.consensus;

  return (
    <div className="space-y-6">
      <p><Link href={back.href}>{back.label}</Link></p>
      <h1 className="text-2xl font-bold">Gezamenlijke beoordeling van {view.plan.provider.name} voor {view.school.name}</h1>
      {view.missing.length > 0 ? (
        <Alert tone="info">
          De gezamenlijke beoordeling kan pas als alle beoordelaars hun eigen beoordeling hebben ingediend. Nog niet ingediend: {view.missing.join(", ")}.
        </Alert>
      ) : (
        <>
          <Card title="Beoordelingen van de beoordelaars">
            <SheetsTable caption="Ingediende beoordelingen per beoordelaar" sheets={view.individual} topics={view.topics} />
          </Card>
          <Card title="Gezamenlijke score per onderwerp">
            {consensus?.status === "SUBMITTED" ? (
              <SheetsTable caption="Vastgelegde gezamenlijke beoordeling" sheets={[consensus]} topics={view.topics} />
            ) : (
              <>
                {view.scoring ? <div className="mb-4"><Alert tone="warning">{view.scoring}</Alert></div> : null}
                <ScoreForm
                  mode="consensus" schoolId={view.school.id} providerId={view.plan.provider.id} topics={view.topics} levels={view.levels}
                  items={consensus?.items ?? []} conclusion={consensus?.conclusion ?? ""} open={!view.scoring}
                />
              </>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
