import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { EvaluatorsPanel } from "@/components/selection/evaluators-panel";
import { SheetsTable } from "@/components/selection/sheets-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getSchoolSelectionForStaff } from "@/lib/server/queries/scoring";

export const metadata: Metadata = { title: "Selectie per school" };

export default async function StaffSchoolSelectionPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("STAFF");
  const { schoolId } = await params;
  const procedure = await getCurrentProcedure();
  const view = await getSchoolSelectionForStaff(actor, procedure.id, schoolId.slice(0, 40), await getNow()).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <div className="space-y-6">
      <p><Link href="/beheer/selectie">Terug naar alle scholen</Link></p>
      <h1 className="text-2xl font-bold">Selectie: {view.school.name} <span className="text-base font-normal text-slate-700">({view.school.clusterName})</span></h1>

      <Card title="Beoordelaars">
        <EvaluatorsPanel schoolId={view.school.id} evaluators={view.evaluators} assignable={view.assignable} mode="staff" />
      </Card>

      <Card title="Ingediende schriftelijke plannen">
        {view.sealed ? <div className="mb-3"><Alert tone="info">De inhoud is verzegeld. {view.sealed}</Alert></div> : null}
        {view.plans.length === 0 ? (
          <p>Er zijn (nog) geen plannen ingediend.</p>
        ) : (
          <DataTable caption={`Plannen voor ${view.school.name}`} minWidth="36rem">
            <thead><tr><Th>Aanbieder</Th><Th>Versie</Th><Th>Ingediend</Th><Th>Ontvangstbewijs</Th></tr></thead>
            <tbody>
              {view.plans.map((p) => (
                <Tr key={p.planId}>
                  <RowTh>{view.sealed ? p.providerName : <Link href={`/beheer/selectie/${view.school.id}/${p.providerId}`}>{p.providerName}</Link>}</RowTh>
                  <Td>{p.version}</Td>
                  <Td>{formatDateTimeWithZone(p.submittedAt)}</Td>
                  <Td>{p.receiptNumber ? <Link href={`/bewijs/${p.receiptNumber}`}>{p.receiptNumber}</Link> : "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Card>

      <section aria-labelledby="beoordelingen" className="space-y-4">
        <h2 id="beoordelingen" className="text-xl font-semibold">Beoordelingen per kandidaat</h2>
        {view.plans.length === 0 ? <p>Nog geen kandidaten.</p> : null}
        {view.plans.map((p) => (
          <Card key={p.providerId}>
            <h3 className="mb-3 text-lg font-semibold">{p.providerName}</h3>
            <SheetsTable
              caption={`Individuele en gezamenlijke beoordelingen van ${p.providerName}`}
              sheets={view.sheets.filter((s) => s.providerId === p.providerId)}
              topics={view.topics}
            />
          </Card>
        ))}
      </section>
    </div>
  );
}
