import Link from "next/link";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import type { PlanListRow } from "@/lib/server/queries/plan";
import { PlanStatusBadge } from "./plan-status-badge";

/** Plans per school: status, (for staff) what the plan still lacks, who has signed the current version and who is still missing. */
export function PlansTable({ rows, hrefFor, caption, showMunicipality = false, showIncomplete = false }: {
  rows: PlanListRow[]; hrefFor: (schoolId: string) => string; caption: string; showMunicipality?: boolean;
  /** Staff: what is still missing in a plan that is not yet frozen for signing (PlanListRow.incomplete). */
  showIncomplete?: boolean;
}) {
  return (
    <DataTable caption={caption} minWidth="48rem">
      <thead>
        <tr>
          <Th>School</Th>
          {showMunicipality ? <Th>Gemeente</Th> : null}
          <Th>Gekozen aanbieder(s)</Th>
          <Th>Status</Th>
          {showIncomplete ? <Th>Nog nodig in het plan</Th> : null}
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
            {showIncomplete ? (
              <Td>
                {r.incomplete.length === 0 ? "—" : <ul className="list-disc space-y-0.5 pl-4 text-sm">{r.incomplete.map((line) => <li key={line}>{line}</li>)}</ul>}
              </Td>
            ) : null}
            <Td>{r.signed.length === 0 ? "—" : r.signed.join(", ")}</Td>
            <Td>{r.providers.length === 0 ? "—" : r.missing.length === 0 ? "Niemand" : r.missing.join(", ")}</Td>
          </Tr>
        ))}
      </tbody>
    </DataTable>
  );
}
