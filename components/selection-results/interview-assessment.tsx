import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";

export interface InterviewAssessmentView {
  providerName: string;
  items: { topicId: string; score: number | null; explanation: string }[];
  conclusion: string | null;
}

/** The school's submitted assessment of one interview, per topic with its explanation (for staff review). */
export function InterviewAssessment({ assessment, topics }: { assessment: InterviewAssessmentView; topics: { id: string; number: number; title: string }[] }) {
  const itemOf = new Map(assessment.items.map((i) => [i.topicId, i]));
  const total = assessment.items.reduce((sum, i) => sum + (i.score ?? 0), 0);
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium">Beoordeling van het gesprek met {assessment.providerName}: {total} punten</summary>
      <div className="mt-3 space-y-3">
        <DataTable caption={`Beoordeling van het gesprek met ${assessment.providerName}`} minWidth="36rem">
          <thead>
            <tr><Th>Onderwerp</Th><Th numeric>Score</Th><Th>Toelichting van de school</Th></tr>
          </thead>
          <tbody>
            {topics.map((t) => {
              const item = itemOf.get(t.id);
              return (
                <Tr key={t.id}>
                  <RowTh>{t.number}. {t.title}</RowTh>
                  <Td numeric>{item?.score ?? "—"}</Td>
                  <Td><span className="whitespace-pre-line">{item?.explanation || "—"}</span></Td>
                </Tr>
              );
            })}
          </tbody>
        </DataTable>
        {assessment.conclusion ? <p className="whitespace-pre-line"><strong>Conclusie:</strong> {assessment.conclusion}</p> : null}
      </div>
    </details>
  );
}
