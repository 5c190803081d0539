import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listInvitationOverview } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Uitnodigingen, gesprekken en uitslag" };

export default async function InvitationsOverviewPage() {
  await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const groups = await listInvitationOverview(procedure.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Uitnodigingen, gesprekken en uitslag</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per school: de rangorde op de gezamenlijke scores, de uitnodigingen voor het gesprek (maximaal {procedure.maxInvitedPerSchool}),
          de keuze van de school en de publicatie van de uitslag. Per selectiegroep: de gesprekken.
        </p>
        <p className="mt-2 max-w-3xl text-sm text-slate-700">Regel bij gelijke stand (vooraf gepubliceerd): {procedure.tieRule}</p>
      </div>
      {groups.map((g) => (
        <Card key={g.id} title={`Selectiegroep ${g.name}`}>
          <p className="mb-3 text-sm">
            <Link href={`/beheer/uitnodigingen/groep/${g.id}`}>Gesprekken plannen</Link> ({g.interviews} gepland, {g.confirmed} bevestigd) ·{" "}
            <a href={`/beheer/uitnodigingen/groep/${g.id}/export`} download>Scorematrix van de groep (XLSX)</a>
          </p>
          <DataTable caption={`Scholen in ${g.name}`} minWidth="40rem">
            <thead>
              <tr><Th>School</Th><Th numeric>Plannen</Th><Th numeric>Gezamenlijk beoordeeld</Th><Th>Uitnodigingen</Th><Th>Keuze</Th></tr>
            </thead>
            <tbody>
              {g.schools.map((s) => (
                <Tr key={s.id}>
                  <RowTh><Link href={`/beheer/uitnodigingen/${s.id}`}>{s.name}</Link></RowTh>
                  <Td numeric>{s.candidates}</Td>
                  <Td numeric>{s.consensus}</Td>
                  <Td>{s.determined ? `${s.invited} uitgenodigd` : <Badge tone="warning">Nog niet vastgelegd</Badge>}</Td>
                  <Td>
                    {s.choice ? (
                      s.choice.published ? <Badge tone="success">Gepubliceerd</Badge> : <Badge tone="info">Versie {s.choice.version} ingediend</Badge>
                    ) : "Nog geen keuze"}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </DataTable>
        </Card>
      ))}
    </div>
  );
}
