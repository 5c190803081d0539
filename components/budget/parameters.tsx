import type { ParameterRow } from "@/lib/domain/budget-report";
import { DataTable, RowTh, Td, Th, Tr } from "./table";

/** The parameters of one version, grouped as on the form. */
export function ParametersTable({ rows, caption = "Parameters van deze versie" }: { rows: ParameterRow[]; caption?: string }) {
  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <DataTable caption={caption} minWidth="32rem">
      <thead>
        <tr><Th>Parameter</Th><Th>Waarde</Th></tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group}>
          <tr>
            <th scope="rowgroup" colSpan={2} className="bg-slate-50 px-2 pb-1 pt-3 text-left font-semibold">{group}</th>
          </tr>
          {rows.filter((r) => r.group === group).map((r) => (
            <Tr key={r.key}>
              <RowTh>{r.label}</RowTh>
              <Td>{r.value}</Td>
            </Tr>
          ))}
        </tbody>
      ))}
    </DataTable>
  );
}
