import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { DeclarationForm } from "@/components/selection/declaration-form";
import { EvaluatorsPanel } from "@/components/selection/evaluators-panel";
import { WindowNotice } from "@/components/selection/window-notice";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listOwnSchools } from "@/lib/server/queries/organisation";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { getSchoolScoringOverview } from "@/lib/server/queries/scoring";

export const metadata: Metadata = { title: "Beoordeling" };

const SHEET_LABEL = { DRAFT: { tone: "warning", text: "Concept" }, SUBMITTED: { tone: "success", text: "Ingediend" } } as const;

export default async function SchoolScoringPage() {
  const actor = await requireRole("SCHOOL");
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const [milestones, schools] = await Promise.all([listMilestones(procedure.id), listOwnSchools(actor)]);
  const overviews = await Promise.all(schools.map((s) => getSchoolScoringOverview(actor, procedure.id, s.id, now)));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Beoordeling van de schriftelijke plannen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          De school wijst beoordelaars aan. Iedere beoordelaar verklaart eerst geen belangenverstrengeling te hebben met de
          kandidaten, en scoort daarna ieder onderwerp van ieder plan zelfstandig: u ziet de scores van anderen pas als u uw eigen
          beoordeling heeft ingediend. Daarna legt de school per aanbieder één gezamenlijke beoordeling met conclusie vast.
        </p>
      </div>
      <WindowNotice role={actor.role} action="score.submit" milestones={milestones} now={now} openText="Uw concept wordt automatisch bewaard; na indienen krijgt u een ontvangstbewijs." />
      {overviews.map((o) => (
        <section key={o.school.id} aria-labelledby={`school-${o.school.id}`} className="space-y-4">
          <h2 id={`school-${o.school.id}`} className="text-xl font-semibold">{o.school.name} <span className="text-base font-normal text-slate-700">({o.school.clusterName})</span></h2>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">Beoordelaars</h3>
            <EvaluatorsPanel schoolId={o.school.id} evaluators={o.evaluators} assignable={o.assignable} mode="school" />
          </Card>
          <Card>
            <h3 className="mb-3 text-lg font-semibold">Kandidaten</h3>
            {!o.me ? (
              <p>U bent geen beoordelaar voor deze school. Voeg uzelf hierboven toe als u meebeoordeelt.</p>
            ) : o.sealed ? (
              <Alert tone="info">De schriftelijke plannen zijn verzegeld. {o.sealed}</Alert>
            ) : !o.me.conflictDeclaredAt ? (
              o.candidates && o.candidates.length > 0 ? (
                <DeclarationForm schoolId={o.school.id} candidates={o.candidates.map((c) => c.providerName)} />
              ) : (
                <p>Er zijn voor deze school geen plannen ingediend.</p>
              )
            ) : o.candidates && o.candidates.length > 0 ? (
              <>
                <p className="mb-3 text-sm text-slate-700">U verklaarde op {formatDateTimeWithZone(o.me.conflictDeclaredAt)} geen belangenverstrengeling te hebben met deze kandidaten.</p>
                <DataTable caption={`Kandidaten van ${o.school.name}`} minWidth="40rem">
                  <thead>
                    <tr><Th>Aanbieder</Th><Th>Uw beoordeling</Th><Th>Ingediend door beoordelaars</Th><Th>Gezamenlijke beoordeling</Th></tr>
                  </thead>
                  <tbody>
                    {o.candidates.map((c) => (
                      <Tr key={c.providerId}>
                        <RowTh><Link href={`/school/beoordeling/${o.school.id}/${c.providerId}`}>{c.providerName}</Link></RowTh>
                        <Td>{c.mine ? <Badge tone={SHEET_LABEL[c.mine].tone}>{SHEET_LABEL[c.mine].text}</Badge> : "Nog niet begonnen"}</Td>
                        <Td>{c.submittedCount} van {o.evaluators.length}</Td>
                        <Td>
                          {c.consensus ? <Badge tone={SHEET_LABEL[c.consensus].tone}>{SHEET_LABEL[c.consensus].text}</Badge> : null}{" "}
                          <Link href={`/school/beoordeling/${o.school.id}/${c.providerId}/gezamenlijk`}>Gezamenlijke beoordeling</Link>
                        </Td>
                      </Tr>
                    ))}
                  </tbody>
                </DataTable>
              </>
            ) : (
              <p>Er zijn voor deze school geen plannen ingediend.</p>
            )}
          </Card>
        </section>
      ))}
    </div>
  );
}
