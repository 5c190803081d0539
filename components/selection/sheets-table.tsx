import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { Badge } from "@/components/ui/badge";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { SheetDto } from "@/lib/server/queries/scoring";

/** Score sheets side by side: a row per topic, a column per sheet, with score and explanation. */
export function SheetsTable({ caption, sheets, topics }: { caption: string; sheets: SheetDto[]; topics: { id: string; number: number; title: string }[] }) {
  if (sheets.length === 0) return <p className="text-sm">Nog geen beoordelingen.</p>;
  const label = (s: SheetDto) => (s.kind === "CONSENSUS" ? "Gezamenlijk" : (s.evaluatorName ?? "Beoordelaar"));
  return (
    <DataTable caption={caption} captionVisible minWidth={`${16 + sheets.length * 18}rem`}>
      <thead>
        <tr>
          <Th>Onderwerp</Th>
          {sheets.map((s) => (
            <Th key={s.id}>
              {label(s)}{" "}
              {s.status === "SUBMITTED" ? <span className="block text-xs font-normal">ingediend {s.submittedAt ? formatDateTimeWithZone(s.submittedAt) : ""}{s.receiptNumber ? ` (${s.receiptNumber})` : ""}</span> : <Badge tone="warning">concept</Badge>}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {topics.map((t) => (
          <Tr key={t.id}>
            <RowTh>{t.number}. {t.title}</RowTh>
            {sheets.map((s) => {
              const item = s.items.find((i) => i.topicId === t.id);
              return (
                <Td key={s.id}>
                  <strong className="tabular-nums">{item?.score ?? "—"}</strong>
                  {item?.explanation ? <span className="mt-1 block whitespace-pre-wrap text-slate-800">{item.explanation}</span> : null}
                </Td>
              );
            })}
          </Tr>
        ))}
        <Tr total>
          <RowTh>Totaal</RowTh>
          {sheets.map((s) => <Td key={s.id} numeric strong>{s.total ?? "—"}</Td>)}
        </Tr>
        {sheets.some((s) => s.conclusion) ? (
          <Tr>
            <RowTh>Conclusie</RowTh>
            {sheets.map((s) => <Td key={s.id}><span className="whitespace-pre-wrap">{s.conclusion ?? ""}</span></Td>)}
          </Tr>
        ) : null}
      </tbody>
    </DataTable>
  );
}
