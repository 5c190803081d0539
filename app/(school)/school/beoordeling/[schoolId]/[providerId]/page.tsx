import type { Metadata } from "next";
import Link from "next/link";
import { PlanView } from "@/components/selection/plan-view";
import { RefusalPage, refusalOf } from "@/components/selection/refusal";
import { ScoreForm } from "@/components/selection/score-form";
import { SheetsTable } from "@/components/selection/sheets-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getCandidateScoring } from "@/lib/server/queries/scoring";

export const metadata: Metadata = { title: "Plan beoordelen" };

export default async function CandidateScoringPage({ params }: { params: Promise<{ schoolId: string; providerId: string }> }) {
  const actor = await requireRole("SCHOOL");
  const { schoolId, providerId } = await params;
  const procedure = await getCurrentProcedure();
  const view = await getCandidateScoring(actor, procedure.id, schoolId.slice(0, 40), providerId.slice(0, 40), await getNow()).catch(refusalOf);
  const back = { href: "/school/beoordeling", label: "Terug naar de kandidaten" };
  if ("refused" in view) return <RefusalPage title="Plan beoordelen" message={view.refused} back={back} />;
  const ownSubmitted = view.own?.status === "SUBMITTED";

  return (
    <div className="space-y-6">
      <p><Link href={back.href}>{back.label}</Link></p>
      <h1 className="text-2xl font-bold">{view.plan.provider.name} — plan voor {view.school.name}</h1>
      <PlanView plan={view.plan} topics={view.topics} />
      <Card title={ownSubmitted ? "Uw ingediende beoordeling" : "Uw beoordeling"}>
        {ownSubmitted && view.own ? (
          <SheetsTable caption="Uw scores" sheets={[view.own]} topics={view.topics} />
        ) : (
          <>
            {view.scoring ? <div className="mb-4"><Alert tone="warning">{view.scoring}</Alert></div> : null}
            <p className="mb-4 text-sm text-slate-700">U scoort zelfstandig. De scores van de andere beoordelaars ziet u pas nadat u uw eigen beoordeling heeft ingediend.</p>
            <ScoreForm mode="individual" schoolId={view.school.id} providerId={view.plan.provider.id} topics={view.topics} levels={view.levels} items={view.own?.items ?? []} open={!view.scoring} />
          </>
        )}
      </Card>
      {view.others ? (
        <Card title="Scores van de andere beoordelaars">
          <SheetsTable caption="Ingediende beoordelingen van de andere beoordelaars" sheets={view.others} topics={view.topics} />
          <p className="mt-3 text-sm">
            Nog niet ingediend: {view.evaluators.filter((e) => !e.submitted).map((e) => e.name).join(", ") || "niemand"}.{" "}
            <Link href={`/school/beoordeling/${view.school.id}/${view.plan.provider.id}/gezamenlijk`}>Naar de gezamenlijke beoordeling</Link>
          </p>
        </Card>
      ) : null}
    </div>
  );
}
