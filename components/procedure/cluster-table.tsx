import { contractYearLabel, type PublishedAmounts } from "@/components/budget/published-amounts";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/domain/money";
import type { ClusterDto } from "@/lib/server/queries/procedure";

/** "3.50" → "3,5"; "4" → "4". */
function fte(value: string): string {
  const trimmed = value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
  return trimmed.replace(".", ",");
}

/**
 * amounts: the published fixed amounts per school and contract year; null
 * before publication ("Nog niet vastgesteld"); leave it out to show none.
 */
export function ClusterTable({ cluster, amounts }: { cluster: ClusterDto; amounts?: PublishedAmounts | null }) {
  const range = cluster.fteMin === cluster.fteMax ? fte(cluster.fteMin) : `${fte(cluster.fteMin)}–${fte(cluster.fteMax)}`;
  return (
    <div>
      <h3 className="text-base font-semibold">
        {cluster.name} <span className="font-normal text-slate-700">— {cluster.scope}, schatting {range} fte</span>
      </h3>
      {/* Focusable so keyboard users can scroll a wide table on a narrow screen (WCAG 2.1.1). */}
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`Scholen in ${cluster.name}`}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Scholen in {cluster.name}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-3">School</th>
              <th scope="col" className="py-2 pr-3">Adres</th>
              <th scope="col" className="py-2 pr-3">Plaats</th>
              <th scope="col" className="py-2 pr-3">Selectiegroep</th>
              <th scope="col" className="py-2 text-right">Leerlingen</th>
            </tr>
          </thead>
          <tbody>
            {cluster.schools.map((s) => (
              <tr key={s.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium">{s.name}</th>
                <td className="py-2 pr-3">{s.street}</td>
                <td className="py-2 pr-3">{s.city}</td>
                <td className="py-2 pr-3">{s.selectionGroup}</td>
                <td className="py-2 text-right">
                  {s.pupilCount === null ? (
                    <span className="text-slate-600">nog niet bekend</span>
                  ) : (
                    <span className="inline-flex items-center gap-2">
                      {s.pupilCount}
                      {s.pupilCountIsExample ? <Badge tone="warning">voorbeeld</Badge> : null}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {amounts === null ? (
        <p className="mt-2 text-sm">Vast bedrag per school per jaar: <strong>Nog niet vastgesteld</strong>.</p>
      ) : amounts ? (
        <ClusterAmounts cluster={cluster} amounts={amounts} />
      ) : null}
    </div>
  );
}

function ClusterAmounts({ cluster, amounts }: { cluster: ClusterDto; amounts: PublishedAmounts }) {
  return (
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={`Vast bedrag per school per jaar in ${cluster.name}`}>
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">Vast bedrag per school per jaar in {cluster.name}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">School</th>
            {amounts.years.map((y) => <th key={y.year} scope="col" className="py-2 pr-3 text-right">{contractYearLabel(y)}</th>)}
          </tr>
        </thead>
        <tbody>
          {cluster.schools.map((s) => (
            <tr key={s.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">{s.name}</th>
              {amounts.years.map((y) => {
                const cents = amounts.bySchool.get(s.id)?.get(y.year);
                return <td key={y.year} className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{cents === undefined ? "—" : formatMoney(cents)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
