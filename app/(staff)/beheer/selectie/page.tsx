import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listSelectionOverviewForStaff } from "@/lib/server/queries/scoring";

export const metadata: Metadata = { title: "Selectie door scholen" };

export default async function StaffSelectionPage() {
  const actor = await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const overview = await listSelectionOverviewForStaff(actor, procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Selectie door scholen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per school: de ingediende schriftelijke plannen, de beoordelaars en hun verklaringen, en de individuele en gezamenlijke
          beoordelingen. De individuele scores blijven hier zichtbaar voor controle.
        </p>
      </div>
      {overview.sealed ? <Alert tone="info">De inhoud van de plannen is verzegeld. {overview.sealed}</Alert> : null}
      <Card title="Scholen">
        <DataTable caption="Voortgang van de selectie per school" minWidth="48rem">
          <thead>
            <tr>
              <Th>School</Th><Th>Cluster</Th><Th numeric>Plannen</Th><Th numeric>Beoordelaars (verklaard)</Th>
              <Th numeric>Individuele beoordelingen</Th><Th numeric>Gezamenlijke beoordelingen</Th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((r) => (
              <Tr key={r.id}>
                <RowTh><Link href={`/beheer/selectie/${r.id}`}>{r.name}</Link></RowTh>
                <Td>{r.clusterName}</Td>
                <Td numeric>{r.plans}</Td>
                <Td numeric>{r.evaluators} ({r.declared})</Td>
                <Td numeric>{r.individualSubmitted}</Td>
                <Td numeric>{r.consensusSubmitted}</Td>
              </Tr>
            ))}
          </tbody>
        </DataTable>
      </Card>
    </div>
  );
}
