import type { BudgetBreakdown } from "@/lib/domain/budget";
import { nlDecimal, nlEurosShort } from "@/lib/domain/budget-report";
import { formatMoney } from "@/lib/domain/money";
import { contractYearLabel, type PublishedAmounts } from "./published-amounts";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

// One school's fixed amounts per contract year, as published, and how they
// came about: cost per FTE, the cluster's total, and the school's share of it.
// The explanation comes from recomputing the published version's stored
// parameters; it is only shown where it matches the frozen amount exactly.

export function SchoolAmounts({ schoolId, schoolName, amounts, breakdown }: {
  schoolId: string;
  schoolName: string;
  amounts: PublishedAmounts;
  breakdown: BudgetBreakdown | null;
}) {
  const frozen = amounts.bySchool.get(schoolId);
  const cluster = breakdown?.clusters.find((c) => c.schools.some((s) => s.id === schoolId));
  const explained = amounts.years.every((y) => {
    const school = cluster?.years.find((cy) => cy.year === y.year)?.schools.find((s) => s.id === schoolId);
    return school !== undefined && school.cents === frozen?.get(y.year);
  });

  return (
    <div className="space-y-4">
      <DataTable caption={`Vast bedrag per jaar voor ${schoolName}`} captionVisible minWidth="20rem">
        <thead>
          <tr><Th>Contractjaar</Th><Th numeric>Vast bedrag</Th></tr>
        </thead>
        <tbody>
          {amounts.years.map((y) => {
            const cents = frozen?.get(y.year);
            return (
              <Tr key={y.year}>
                <RowTh>{contractYearLabel(y)}</RowTh>
                <Td numeric strong>{cents === undefined ? "—" : formatMoney(cents)}</Td>
              </Tr>
            );
          })}
        </tbody>
      </DataTable>

      {breakdown && cluster && explained ? (
        <>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">Kosten per fte</dt>
            <dd className="tabular-nums">{formatMoney(breakdown.costPerFte.cents)}</dd>
            <dt className="font-medium">{cluster.name}</dt>
            <dd className="tabular-nums">
              {nlDecimal(cluster.fte.decimal)} fte × {formatMoney(breakdown.costPerFte.cents)} = {formatMoney(cluster.annualTotal.cents)} per volledig jaar, voor {cluster.pupils} leerlingen
            </dd>
          </dl>
          <DataTable caption={`Zo is het bedrag van ${schoolName} berekend`} captionVisible minWidth="44rem">
            <thead>
              <tr>
                <Th>Contractjaar</Th>
                <Th numeric>Clusterbedrag</Th>
                <Th numeric>Leerlingen school / cluster</Th>
                <Th numeric>Exact aandeel</Th>
                <Th numeric>Vast bedrag</Th>
              </tr>
            </thead>
            <tbody>
              {cluster.years.map((y) => {
                const s = y.schools.find((x) => x.id === schoolId);
                if (!s) return null;
                return (
                  <Tr key={y.year}>
                    <RowTh>{contractYearLabel(y)}</RowTh>
                    <Td numeric>{formatMoney(y.amount.cents)}</Td>
                    <Td numeric>{s.pupils} / {cluster.pupils}</Td>
                    <Td numeric>{nlEurosShort(s.exact.exactCents)}</Td>
                    <Td numeric strong>{formatMoney(s.cents)}</Td>
                  </Tr>
                );
              })}
            </tbody>
          </DataTable>
          <p className="text-sm text-slate-700">
            Het clusterbedrag wordt naar leerlingaantal over de scholen verdeeld. Iedere school krijgt het exacte aandeel naar
            beneden afgerond op hele centen; de centen die dan overblijven gaan één voor één naar de scholen met de grootste rest,
            zodat de bedragen samen precies het clusterbedrag zijn. Een gedeeltelijk jaar is het jaarbedrag × maanden / 12; een
            later jaar het jaarbedrag van het jaar ervoor × (1 + index).
          </p>
        </>
      ) : null}
    </div>
  );
}
