import {
  apportionLargestRemainder,
  type ClusterBreakdown,
  type ClusterYearBreakdown,
  type Fraction,
} from "@/lib/domain/budget";
import { nlDecimal, nlEuros, nlEurosShort, nlFraction } from "@/lib/domain/budget-report";
import { formatMoney } from "@/lib/domain/money";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

// Per cluster: FTE × cost per FTE = annual total; the contract years (pro rata
// and index); and per year the apportionment over the schools by pupil count
// with the largest-remainder method, so the amounts add up to the cent.

export function ClusterTotalsTable({ clusters, costPerFteCents }: { clusters: ClusterBreakdown[]; costPerFteCents: bigint }) {
  return (
    <DataTable caption="Jaarbedrag per cluster (fte × kosten per fte)" captionVisible minWidth="44rem">
      <thead>
        <tr>
          <Th>Cluster</Th>
          <Th numeric>Fte</Th>
          <Th numeric>Kosten per fte</Th>
          <Th numeric>Fte × kosten per fte, exact</Th>
          <Th numeric>Jaarbedrag, afgerond</Th>
          <Th numeric>Leerlingen</Th>
          <Th numeric>Per leerling</Th>
        </tr>
      </thead>
      <tbody>
        {clusters.map((c) => (
          <Tr key={c.id}>
            <RowTh>
              {c.name}
              {c.fteOutsideRange ? <span className="block text-xs font-normal text-amber-900">Buiten de schatting{c.fteReason ? `: ${c.fteReason}` : ""}</span> : null}
            </RowTh>
            <Td numeric>{nlDecimal(c.fte.decimal)}</Td>
            <Td numeric>{formatMoney(costPerFteCents)}</Td>
            <Td numeric>{nlEuros(c.annualTotal.exactEuros)}</Td>
            <Td numeric strong>{formatMoney(c.annualTotal.cents)}</Td>
            <Td numeric>{c.pupils}</Td>
            <Td numeric>{nlEuros(c.perPupil.exactEuros)}</Td>
          </Tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function yearCalculation(y: ClusterYearBreakdown, baseFullYear: bigint, previousFullYear: bigint | null): string {
  const full =
    previousFullYear === null || y.indexFactor === null
      ? `jaarbedrag ${formatMoney(baseFullYear)}`
      : `${formatMoney(previousFullYear)} × ${nlDecimal(y.indexFactor)} = ${nlEuros(y.fullYear.exactEuros)}`;
  const text = y.proRata ? `${full}; × ${y.months}/12 = ${nlEuros(y.amount.exactEuros)}` : full;
  return text.replaceAll("€ ", "€\u00a0");
}

export function ContractYearsTable({ cluster }: { cluster: ClusterBreakdown }) {
  return (
    <DataTable caption={`${cluster.name}: bedrag per contractjaar`} captionVisible minWidth="44rem">
      <thead>
        <tr>
          <Th>Jaar</Th>
          <Th numeric>Maanden</Th>
          <Th numeric>Index</Th>
          <Th>Berekening (exact)</Th>
          <Th numeric>Volledig jaar, afgerond</Th>
          <Th numeric>Bedrag voor het jaar, afgerond</Th>
        </tr>
      </thead>
      <tbody>
        {cluster.years.map((y, k) => (
          <Tr key={y.year}>
            <RowTh>{y.year}</RowTh>
            <Td numeric>{y.months}</Td>
            <Td numeric>{y.indexPct === null ? "basisjaar" : `${nlDecimal(y.indexPct.replace(",", "."))} %`}</Td>
            <Td>{yearCalculation(y, cluster.annualTotal.cents, k === 0 ? null : (cluster.years[k - 1]?.fullYear.cents ?? null))}</Td>
            <Td numeric>{formatMoney(y.fullYear.cents)}</Td>
            <Td numeric strong>{formatMoney(y.amount.cents)}</Td>
          </Tr>
        ))}
      </tbody>
    </DataTable>
  );
}

interface ApportionRow {
  id: string;
  name: string;
  pupils: number;
  exactCents: Fraction;
  floorCents: bigint;
  remainderCents: Fraction;
  remainderRank: number;
  extraCent: boolean;
  cents: bigint;
}

export function ApportionTable({ caption, totalCents, pupils, rows }: { caption: string; totalCents: bigint; pupils: number; rows: ApportionRow[] }) {
  const floorSum = rows.reduce((acc, r) => acc + r.floorCents, 0n);
  const sum = rows.reduce((acc, r) => acc + r.cents, 0n);
  const extra = rows.filter((r) => r.extraCent).length;
  return (
    <DataTable caption={caption} captionVisible minWidth="50rem">
      <thead>
        <tr>
          <Th>School</Th>
          <Th numeric>Leerlingen</Th>
          <Th numeric>Aandeel</Th>
          <Th numeric>Exact bedrag</Th>
          <Th numeric>Naar beneden afgerond</Th>
          <Th numeric>Rest in centen</Th>
          <Th numeric>Rang van de rest</Th>
          <Th numeric>Extra cent</Th>
          <Th numeric>Vast bedrag</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <Tr key={s.id}>
            <RowTh>{s.name}</RowTh>
            <Td numeric>{s.pupils}</Td>
            <Td numeric>{s.pupils}/{pupils}</Td>
            <Td numeric>{nlEurosShort(s.exactCents)}</Td>
            <Td numeric>{formatMoney(s.floorCents)}</Td>
            <Td numeric>{nlFraction(s.remainderCents, 4)}</Td>
            <Td numeric>{s.remainderRank}</Td>
            <Td numeric>{s.extraCent ? "+\u00a0€\u00a00,01" : "—"}</Td>
            <Td numeric strong>{formatMoney(s.cents)}</Td>
          </Tr>
        ))}
        <Tr total>
          <RowTh>Totaal</RowTh>
          <Td numeric>{pupils}</Td>
          <Td numeric>{pupils}/{pupils}</Td>
          <Td numeric>{formatMoney(totalCents)}</Td>
          <Td numeric>{formatMoney(floorSum)}</Td>
          <Td numeric />
          <Td numeric />
          <Td numeric>{extra} × € 0,01</Td>
          <Td numeric strong>{formatMoney(sum)}</Td>
        </Tr>
      </tbody>
    </DataTable>
  );
}

/** The full-year level of the base year per school (before pro rata and index), apportioned the same way. */
function fullYearRows(cluster: ClusterBreakdown): ApportionRow[] {
  const parts = apportionLargestRemainder(
    cluster.annualTotal.cents,
    cluster.schools.map((s) => ({ id: s.id, name: s.name, weight: s.pupils })),
  );
  return parts.map((p) => ({
    id: p.id,
    name: p.name,
    pupils: p.weight,
    exactCents: p.exactCents,
    floorCents: p.floorCents,
    remainderCents: p.remainderCents,
    remainderRank: p.remainderRank,
    extraCent: p.extraCent,
    cents: p.cents,
  }));
}

function yearRows(year: ClusterYearBreakdown): ApportionRow[] {
  return year.schools.map((s) => ({
    id: s.id,
    name: s.name,
    pupils: s.pupils,
    exactCents: s.exact.exactCents,
    floorCents: s.floorCents,
    remainderCents: s.remainderCents.value,
    remainderRank: s.remainderRank,
    extraCent: s.extraCent,
    cents: s.cents,
  }));
}

export function ClusterDetail({ cluster }: { cluster: ClusterBreakdown }) {
  return (
    <section aria-labelledby={`cluster-${cluster.id}`} className="space-y-4 border-t border-slate-200 pt-4">
      <h4 id={`cluster-${cluster.id}`} className="text-base font-semibold">{cluster.name}</h4>
      <ContractYearsTable cluster={cluster} />
      <ApportionTable
        caption={`${cluster.name}: jaarbedrag per school, volledig jaar (${formatMoney(cluster.annualTotal.cents)} over ${cluster.pupils} leerlingen)`}
        totalCents={cluster.annualTotal.cents}
        pupils={cluster.pupils}
        rows={fullYearRows(cluster)}
      />
      {cluster.years.map((y) => (
        <ApportionTable
          key={y.year}
          caption={`${cluster.name}: vast bedrag per school in ${y.year} (${formatMoney(y.amount.cents)} over ${cluster.pupils} leerlingen${y.proRata ? `, ${y.months} maanden` : ""})`}
          totalCents={y.amount.cents}
          pupils={cluster.pupils}
          rows={yearRows(y)}
        />
      ))}
    </section>
  );
}
