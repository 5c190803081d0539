import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { QUESTION_STATUS_LABELS } from "@/lib/schemas/questions";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listOwnQuestions } from "@/lib/server/queries/questions";
import { AskQuestionForm } from "./_components/ask-question-form";

export const metadata: Metadata = { title: "Vragen aan het Servicebureau" };

export default async function ProviderQuestionsPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const questions = await listOwnQuestions(actor, procedure.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Vragen aan het Servicebureau</h1>
      <p className="max-w-3xl text-slate-800">
        Heeft u een vraag over de procedure of de documenten? Stel die hier, op elk moment tijdens de procedure. Contact met de
        gemeenten en scholen over de procedure loopt via het Servicebureau. U krijgt een e-mail zodra uw vraag is beantwoord.
        Antwoorden van algemeen belang staan zonder naam van de vragensteller in de{" "}
        <Link href="/nota-van-inlichtingen">nota van inlichtingen</Link>.
      </p>
      <Card title="Nieuwe vraag">
        <AskQuestionForm />
      </Card>
      <Card title={`Vragen van ${actor.organisationName}`}>
        {questions.length === 0 ? (
          <p>Uw organisatie heeft nog geen vragen gesteld.</p>
        ) : (
          <ul className="space-y-4" aria-label="Gestelde vragen">
            {questions.map((q) => (
              <li key={q.id}>
                <article aria-label={`Vraag van ${formatDateTimeWithZone(q.submittedAt)}`} className="space-y-2 rounded border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <Badge tone={q.status === "ANSWERED" ? "success" : "warning"}>{QUESTION_STATUS_LABELS[q.status]}</Badge>
                    {q.published ? <Badge tone="info">Gepubliceerd in de nota van inlichtingen</Badge> : null}
                    <span>
                      Gesteld {formatDateTimeWithZone(q.submittedAt)} door {q.askedBy}
                      {q.receiptNumber ? <> · <Link href={`/bewijs/${q.receiptNumber}`}>ontvangstbewijs {q.receiptNumber}</Link></> : null}
                    </span>
                  </p>
                  {q.section ? <p className="text-sm"><span className="font-medium">Onderdeel:</span> {q.section}</p> : null}
                  <p className="whitespace-pre-line">{q.body}</p>
                  {q.answer ? (
                    <div className="rounded bg-slate-50 p-3">
                      <h3 className="font-semibold">Antwoord van het Servicebureau</h3>
                      {q.answeredAt ? <p className="text-sm text-slate-700">{formatDateTimeWithZone(q.answeredAt)}</p> : null}
                      <p className="mt-1 whitespace-pre-line">{q.answer}</p>
                    </div>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
