import type { Metadata } from "next";
import { contractYearLabel } from "@/components/budget/published-amounts";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { RoleLanding } from "@/components/layout/role-landing";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import { requireRole } from "@/lib/server/auth";
import { getPublishedBudget } from "@/lib/server/queries/budget";
import { listOwnContractSegments } from "@/lib/server/queries/organisation";
import { getCurrentProcedure, listClustersWithSchools } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Overzicht aanbieder" };

export default async function ProviderHomePage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const [segments, budget, clusters] = await Promise.all([
    listOwnContractSegments(actor),
    getPublishedBudget(procedure.id),
    listClustersWithSchools(procedure.id),
  ]);
  return (
    <RoleLanding actor={actor}>
      <Card title="Uw huidige overeenkomst">
        {segments.length === 0 ? (
          <p>Er zijn nog geen segmenten van uw overeenkomst vastgelegd. Het Servicebureau kan dit voor u doen.</p>
        ) : (
          <ul className="list-disc pl-5">
            {segments.map((s) => <li key={s.id}>{s.segment} ({s.agreement})</li>)}
          </ul>
        )}
      </Card>
      <Card title="Vast bedrag per school">
        {budget ? (
          <>
            <p className="mb-3 text-sm text-slate-700">
              U kunt zich voor ieder cluster aanmelden. Vastgesteld op {formatDateTimeWithZone(budget.publishedAt)} (berekening
              versie {budget.version}{budget.isExample ? ", een voorbeeldberekening" : ""}); deze bedragen veranderen niet meer.
            </p>
            <DataTable caption="Vast bedrag per school per contractjaar" minWidth="36rem">
              <thead>
                <tr>
                  <Th>School</Th>
                  <Th>Cluster</Th>
                  {budget.years.map((y) => <Th key={y.year} numeric>{contractYearLabel(y)}</Th>)}
                </tr>
              </thead>
              <tbody>
                {clusters.flatMap((c) =>
                  c.schools.map((s) => (
                    <Tr key={s.id}>
                      <RowTh>{s.name}</RowTh>
                      <Td>{c.name}</Td>
                      {budget.years.map((y) => {
                        const cents = budget.amounts.get(s.id)?.get(y.year);
                        return <Td key={y.year} numeric>{cents === undefined ? "—" : formatMoney(cents)}</Td>;
                      })}
                    </Tr>
                  )),
                )}
              </tbody>
            </DataTable>
          </>
        ) : (
          <p>Nog niet vastgesteld. Zodra het Servicebureau de bedragen publiceert, staan hier de vaste bedragen van alle scholen.</p>
        )}
      </Card>
    </RoleLanding>
  );
}
