import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/domain/format";
import { OUTCOME_LABELS } from "@/lib/schemas/reactions";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listPublishedProcessing } from "@/lib/server/queries/reactions";

export const metadata: Metadata = { title: "Verwerking van de reacties" };

export default async function PublicReactionsPage() {
  const procedure = await getCurrentProcedure();
  const table = await listPublishedProcessing(procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Verwerking van de reacties</h1>
      {!table.published ? (
        <p>
          De verwerking van de reacties wordt openbaar bij de publicatie van de definitieve contractdocumenten
          {table.publishedOn ? <> op {formatDate(table.publishedOn)}</> : null}.
        </p>
      ) : (
        <Card title={`Reacties en verwerking (gepubliceerd ${formatDate(table.publishedOn)})`}>
          {table.rows.length === 0 ? (
            <p>Er zijn geen verwerkte reacties.</p>
          ) : (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Tabel verwerking reacties">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">Reacties en hun verwerking, zonder namen</caption>
                <thead className="border-b border-slate-300">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Nr.</th>
                    <th scope="col" className="py-2 pr-3">Onderwerp</th>
                    <th scope="col" className="py-2 pr-3">Van</th>
                    <th scope="col" className="py-2 pr-3">Uitkomst</th>
                    <th scope="col" className="py-2 pr-3">Verwerking</th>
                    <th scope="col" className="py-2">Gewijzigd onderdeel</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((r) => (
                    <tr key={r.number} className="border-b border-slate-100 align-top">
                      <td className="py-2 pr-3">{r.number}</td>
                      <th scope="row" className="py-2 pr-3 font-medium">{r.subject}</th>
                      <td className="py-2 pr-3">{r.from}</td>
                      <td className="py-2 pr-3">{r.outcome ? OUTCOME_LABELS[r.outcome] : ""}</td>
                      <td className="whitespace-pre-wrap py-2 pr-3">{r.processingText}</td>
                      <td className="py-2">{r.changedSection ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="mt-3 text-sm"><a href="/reacties/verwerking.csv">Download als CSV</a></p>
        </Card>
      )}
    </div>
  );
}
