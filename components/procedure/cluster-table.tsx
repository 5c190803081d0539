import { Badge } from "@/components/ui/badge";
import type { ClusterDto } from "@/lib/server/queries/procedure";

/** "3.50" → "3,5"; "4" → "4". */
function fte(value: string): string {
  const trimmed = value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
  return trimmed.replace(".", ",");
}

export function ClusterTable({ cluster }: { cluster: ClusterDto }) {
  const range = cluster.fteMin === cluster.fteMax ? fte(cluster.fteMin) : `${fte(cluster.fteMin)}–${fte(cluster.fteMax)}`;
  return (
    <div>
      <h3 className="text-base font-semibold">
        {cluster.name} <span className="font-normal text-slate-700">— {cluster.scope}, schatting {range} fte</span>
      </h3>
      <div className="mt-2 overflow-x-auto">
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
    </div>
  );
}
