import type { BudgetBreakdown } from "@/lib/domain/budget";
import { nlDecimal } from "@/lib/domain/budget-report";
import { formatMoney } from "@/lib/domain/money";
import { ClusterDetail, ClusterTotalsTable } from "./breakdown-cluster";
import { CostPerFteSection } from "./breakdown-cost";
import { ClusterNormsTable, NormsExplanation } from "./breakdown-norms";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

// The whole budget computation as a person checks it by hand (issue 5).
// No hooks and no client-only code: rendered on the server for a saved
// version and in the browser for the live breakdown of the form. Sections
// use h3 (and h4 per cluster): place it under an h2.

export function BudgetBreakdownView({ breakdown }: { breakdown: BudgetBreakdown }) {
  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-700">
        Alle tussenstappen zijn exact; een bedrag met &quot;…&quot; is voor de weergave ingekort. Er wordt alleen op hele centen
        afgerond (een halve cent naar boven) bij de kosten per fte, het jaarbedrag per cluster, een geïndexeerd jaar en een
        gedeeltelijk jaar. De bedragen per school worden daarna in centen verdeeld naar leerlingaantal volgens de methode van
        de grootste resten: iedere school krijgt eerst het naar beneden afgeronde bedrag, de overgebleven centen gaan één voor
        één naar de scholen met de grootste rest (bij gelijke rest eerst de school met meer leerlingen, dan op naam). Zo tellen
        de schoolbedragen altijd precies op tot het clusterbedrag.
      </p>

      <CostPerFteSection cost={breakdown} />

      <section aria-labelledby="per-cluster" className="space-y-4">
        <h3 id="per-cluster" className="text-base font-semibold">Per cluster en per school</h3>
        <ClusterTotalsTable clusters={breakdown.clusters} costPerFteCents={breakdown.costPerFte.cents} />
        <DataTable caption="Totaal per contractjaar, alle clusters" captionVisible minWidth="28rem">
          <thead>
            <tr><Th>Jaar</Th><Th numeric>Maanden</Th><Th numeric>Index</Th><Th numeric>Totaal</Th></tr>
          </thead>
          <tbody>
            {breakdown.years.map((y) => (
              <Tr key={y.year}>
                <RowTh>{y.year}</RowTh>
                <Td numeric>{y.months}</Td>
                <Td numeric>{y.indexPct === null ? "basisjaar" : `${nlDecimal(y.indexPct.replace(",", "."))} %`}</Td>
                <Td numeric strong>{formatMoney(y.totalCents)}</Td>
              </Tr>
            ))}
          </tbody>
        </DataTable>
        {breakdown.clusters.map((c) => <ClusterDetail key={c.id} cluster={c} />)}
      </section>

      <section aria-labelledby="normen" className="space-y-4">
        <h3 id="normen" className="text-base font-semibold">Vergelijking met de normen</h3>
        <NormsExplanation norms={breakdown.norms} />
        {breakdown.clusters.map((c) => <ClusterNormsTable key={c.id} cluster={c} />)}
      </section>
    </div>
  );
}
