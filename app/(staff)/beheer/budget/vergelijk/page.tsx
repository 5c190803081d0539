import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Card } from "@/components/ui/card";
import { budgetParameterRows } from "@/lib/domain/budget-report";
import { formatMoney } from "@/lib/domain/money";
import { requireRole } from "@/lib/server/auth";
import { findBudgetVersionView, type BudgetVersionView } from "@/lib/server/queries/budget-breakdown";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { StatusBadge } from "../_components/versions-table";

export const metadata: Metadata = { title: "Budgetversies vergelijken" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function difference(a: bigint | undefined, b: bigint | undefined): string {
  if (a === undefined || b === undefined) return "—";
  const d = b - a;
  return d === 0n ? "gelijk" : d > 0n ? `+${formatMoney(d)}` : formatMoney(d);
}

/** schoolId → year → cents, from the recomputed breakdown (empty when it cannot be computed). */
function amountsOf(view: BudgetVersionView): Map<string, Map<number, bigint>> {
  const out = new Map<string, Map<number, bigint>>();
  if (!("breakdown" in view.result)) return out;
  for (const a of view.result.breakdown.schoolAmounts) {
    const perYear = out.get(a.schoolId) ?? new Map<number, bigint>();
    perYear.set(a.year, a.cents);
    out.set(a.schoolId, perYear);
  }
  return out;
}

export default async function CompareBudgetVersionsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("STAFF");
  const { a: aId, b: bId } = await searchParams;
  if (typeof aId !== "string" || typeof bId !== "string") notFound();
  const procedure = await getCurrentProcedure();
  const [a, b] = await Promise.all([findBudgetVersionView(procedure.id, aId), findBudgetVersionView(procedure.id, bId)]);
  if (!a || !b) notFound();

  const rowsA = budgetParameterRows(a.values, a.structure);
  const rowsB = budgetParameterRows(b.values, b.structure);
  const byKeyB = new Map(rowsB.map((r) => [r.key, r]));
  const keys = [...rowsA.map((r) => r.key), ...rowsB.filter((r) => !rowsA.some((x) => x.key === r.key)).map((r) => r.key)];
  const byKeyA = new Map(rowsA.map((r) => [r.key, r]));
  const amountsA = amountsOf(a);
  const amountsB = amountsOf(b);
  const years = [...new Set([...a.values.contractYears, ...b.values.contractYears].map((y) => y.year))].sort((x, y) => x - y);
  const nameA = `Versie ${a.meta.version}`;
  const nameB = `Versie ${b.meta.version}`;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/budget">← Budget</Link></p>
        <h1 className="mt-2 text-2xl font-bold">{nameA} en {nameB} vergeleken</h1>
        <ul className="mt-2 space-y-1 text-slate-700">
          {[a, b].map((v) => (
            <li key={v.meta.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/beheer/budget/${v.meta.id}`}>Versie {v.meta.version}</Link> <StatusBadge version={v.meta} />
              <span>kosten per fte {v.meta.costPerFteCents === null ? "—" : formatMoney(v.meta.costPerFteCents)}</span>
            </li>
          ))}
        </ul>
      </div>

      <Card title="Parameters">
        <DataTable caption={`Parameters van ${nameA} en ${nameB}`} minWidth="44rem">
          <thead>
            <tr><Th>Parameter</Th><Th>{nameA}</Th><Th>{nameB}</Th><Th>Verschil</Th></tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const ra = byKeyA.get(key);
              const rb = byKeyB.get(key);
              const changed = ra?.value !== rb?.value;
              return (
                <Tr key={key}>
                  <RowTh><span className="block text-xs font-normal text-slate-600">{(ra ?? rb)?.group}</span>{(ra ?? rb)?.label}</RowTh>
                  <Td>{ra?.value ?? "—"}</Td>
                  <Td>{rb?.value ?? "—"}</Td>
                  <Td strong={changed}>{changed ? "gewijzigd" : "gelijk"}</Td>
                </Tr>
              );
            })}
          </tbody>
        </DataTable>
      </Card>

      <Card title="Bedragen per school">
        {years.map((year) => (
          <div key={year} className="mb-6 last:mb-0">
            <DataTable caption={`Vast bedrag per school in ${year}`} captionVisible minWidth="40rem">
              <thead>
                <tr><Th>School</Th><Th numeric>{nameA}</Th><Th numeric>{nameB}</Th><Th numeric>Verschil ({nameB} − {nameA})</Th></tr>
              </thead>
              <tbody>
                {b.structure.clusters.flatMap((c) => c.schools.map((s) => ({ cluster: c.name, school: s }))).map(({ cluster, school }) => {
                  const va = amountsA.get(school.id)?.get(year);
                  const vb = amountsB.get(school.id)?.get(year);
                  return (
                    <Tr key={school.id}>
                      <RowTh>{school.name} <span className="block text-xs font-normal text-slate-600">{cluster}</span></RowTh>
                      <Td numeric>{va === undefined ? "—" : formatMoney(va)}</Td>
                      <Td numeric>{vb === undefined ? "—" : formatMoney(vb)}</Td>
                      <Td numeric strong={va !== vb}>{difference(va, vb)}</Td>
                    </Tr>
                  );
                })}
              </tbody>
            </DataTable>
          </div>
        ))}
      </Card>
    </div>
  );
}
