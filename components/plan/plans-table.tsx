import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import type { PlanListRow } from "@/lib/server/queries/plan";
import { PlanStatusBadge } from "./plan-status-badge";

/** Plans per school: status, who has signed the current version and who is still missing. */
export function PlansTable({ rows, hrefFor, caption, showMunicipality = false }: { rows: PlanListRow[]; hrefFor: (schoolId: string) => string; caption: string; showMunicipality?: boolean }) {
  return (
    <DataTable caption={caption} minWidth="48rem">
      <thead>
        <tr>
          <Th>School</Th>
          {showMunicipality ? <Th>Gemeente</Th> : null}
          <Th>Gekozen aanbieder(s)</Th>
          <Th>Status</Th>
          <Th>Ondertekend</Th>
          <Th>Nog niet ondertekend</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Tr key={r.schoolId}>
            <RowTh><Link href={hrefFor(r.schoolId)}>{r.schoolName}</Link><span className="block text-sm font-normal text-slate-700">{r.city}</span></RowTh>
            {showMunicipality ? <Td>{r.municipalityName}</Td> : null}
            <Td>{r.providers.length === 0 ? "Nog geen keuze" : `${r.providers.join(", ")}${r.choiceFinal ? "" : " (standstill loopt)"}`}</Td>
            <Td><PlanStatusBadge status={r.status} version={r.version} /></Td>
            <Td>{r.signed.length === 0 ? "—" : r.signed.join(", ")}</Td>
            <Td>{r.providers.length === 0 ? "—" : r.missing.length === 0 ? "Niemand" : r.missing.join(", ")}</Td>
          </Tr>
        ))}
      </tbody>
    </DataTable>
  );
}
