import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatMoney } from "@/lib/domain/money";
import type { BudgetVersionMeta } from "@/lib/server/queries/budget-breakdown";

export function StatusBadge({ version }: { version: Pick<BudgetVersionMeta, "status" | "isExample"> }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {version.status === "PUBLISHED" ? <Badge tone="success">Gepubliceerd</Badge> : <Badge>Concept</Badge>}
      {version.isExample ? <Badge tone="warning">voorbeeld</Badge> : null}
    </span>
  );
}

/** Every saved version, newest first, and a plain GET form to compare two of them. */
export function VersionsTable({ versions }: { versions: BudgetVersionMeta[] }) {
  if (versions.length === 0) {
    return <p>Er is nog geen versie opgeslagen. Vul hieronder de gegevens in en sla de eerste versie op.</p>;
  }
  return (
    <div className="space-y-4">
      <DataTable caption="Opgeslagen versies van de berekening" minWidth="48rem">
        <thead>
          <tr>
            <Th>Versie</Th>
            <Th>Status</Th>
            <Th>Opgesteld door</Th>
            <Th>Tijdstip</Th>
            <Th numeric>Kosten per fte</Th>
            <Th>Toelichting</Th>
            <Th><span className="sr-only">Acties</span></Th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <Tr key={v.id}>
              <RowTh>Versie {v.version}</RowTh>
              <Td>
                <StatusBadge version={v} />
                {v.publishedAt ? <span className="block text-xs text-slate-700">op {formatDateTimeWithZone(v.publishedAt)}{v.publishedBy ? ` door ${v.publishedBy}` : ""}</span> : null}
              </Td>
              <Td>{v.createdBy}</Td>
              <Td>{formatDateTimeWithZone(v.createdAt)}</Td>
              <Td numeric>{v.costPerFteCents === null ? "—" : formatMoney(v.costPerFteCents)}</Td>
              <Td className="max-w-xs">{v.note ?? <span className="text-slate-600">—</span>}</Td>
              <Td><Link href={`/beheer/budget/${v.id}`}>Bekijken<span className="sr-only"> versie {v.version}</span></Link></Td>
            </Tr>
          ))}
        </tbody>
      </DataTable>
      {versions.length >= 2 ? (
        <form action="/beheer/budget/vergelijk" method="get" className="flex flex-wrap items-end gap-3 rounded-md bg-slate-50 p-3">
          <div className="space-y-1">
            <label htmlFor="vergelijk-a" className="block text-sm font-medium">Vergelijk versie</label>
            <select id="vergelijk-a" name="a" defaultValue={versions[1]?.id} className="block rounded-md border border-slate-400 bg-white px-3 py-2">
              {versions.map((v) => <option key={v.id} value={v.id}>Versie {v.version}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="vergelijk-b" className="block text-sm font-medium">met versie</label>
            <select id="vergelijk-b" name="b" defaultValue={versions[0]?.id} className="block rounded-md border border-slate-400 bg-white px-3 py-2">
              {versions.map((v) => <option key={v.id} value={v.id}>Versie {v.version}</option>)}
            </select>
          </div>
          <Button type="submit" variant="secondary">Vergelijken</Button>
        </form>
      ) : null}
    </div>
  );
}
