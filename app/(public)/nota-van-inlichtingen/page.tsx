import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/domain/format";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listPublishedQuestions } from "@/lib/server/queries/questions";

export const metadata: Metadata = { title: "Nota van inlichtingen" };

/** The running list of published, anonymised questions and answers (public). */
export default async function NotaVanInlichtingenPage() {
  const procedure = await getCurrentProcedure();
  const items = await listPublishedQuestions(procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Nota van inlichtingen</h1>
      <p className="max-w-3xl text-slate-800">
        Aanbieders kunnen het Servicebureau Jeugdhulp Haaglanden tijdens de procedure &ldquo;{procedure.title}&rdquo; op elk moment
        vragen stellen via het portaal. Vragen en antwoorden van algemeen belang publiceren wij hier voor iedereen, zonder de naam
        van de vragensteller. Nieuwe vragen komen onderaan; de nummers veranderen niet.
      </p>
      <Card title="Downloaden">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li><a href="/nota-van-inlichtingen/export?formaat=csv" download>Nota van inlichtingen als CSV (spreadsheet)</a></li>
          <li><a href="/nota-van-inlichtingen/export?formaat=pdf" download>Nota van inlichtingen als PDF</a></li>
        </ul>
      </Card>
      {items.length === 0 ? (
        <p>Er zijn nog geen vragen en antwoorden gepubliceerd.</p>
      ) : (
        <ol aria-label="Gepubliceerde vragen en antwoorden" className="space-y-4">
          {items.map((item) => (
            <li key={item.number}>
              <article aria-labelledby={`vraag-${item.number}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
                <h2 id={`vraag-${item.number}`} className="text-lg font-semibold">Vraag {item.number}</h2>
                <p className="mb-3 text-sm text-slate-700">
                  Gepubliceerd op <time dateTime={instantToLocalDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
                </p>
                <p className="whitespace-pre-line">{item.question}</p>
                <h3 className="mt-4 font-semibold">Antwoord</h3>
                <p className="whitespace-pre-line">{item.answer}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
