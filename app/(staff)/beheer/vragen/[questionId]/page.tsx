import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { QUESTION_STATUS_LABELS } from "@/lib/schemas/questions";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getQuestionForStaff } from "@/lib/server/queries/questions";
import { AnswerForm } from "./_components/answer-form";
import { PublishForm } from "./_components/publish-form";

export const metadata: Metadata = { title: "Vraag beantwoorden" };

/** One question: answer it, and publish an anonymised version if it is of general interest. */
export default async function StaffQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  await requireRole("STAFF");
  const { questionId } = await params;
  const procedure = await getCurrentProcedure();
  const q = await getQuestionForStaff(procedure.id, questionId.slice(0, 40)).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const draftQuestion = q.publicQuestion ?? (q.section ? `Onderdeel: ${q.section}\n\n${q.body}` : q.body);
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/beheer/vragen">← Alle vragen</Link></p>
      <h1 className="text-2xl font-bold">Vraag van {q.organisation}</h1>
      <Card title="De vraag">
        <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone={q.status === "ANSWERED" ? "success" : "warning"}>{QUESTION_STATUS_LABELS[q.status]}</Badge>
          <span>
            Gesteld {formatDateTimeWithZone(q.submittedAt)} door {q.askedBy}, {q.organisation}
            {q.receiptNumber ? <> · <Link href={`/bewijs/${q.receiptNumber}`}>ontvangstbewijs {q.receiptNumber}</Link></> : null}
          </span>
        </p>
        {q.section ? <p className="mb-2 text-sm"><span className="font-medium">Onderdeel:</span> {q.section}</p> : null}
        <p className="whitespace-pre-line">{q.body}</p>
      </Card>
      <Card title="Antwoord">
        {q.answeredAt ? (
          <p className="mb-3 text-sm text-slate-700">Beantwoord {formatDateTimeWithZone(q.answeredAt)}{q.answeredBy ? ` door ${q.answeredBy}` : ""}.</p>
        ) : null}
        <AnswerForm questionId={q.id} answer={q.answer ?? ""} answered={q.status === "ANSWERED"} />
      </Card>
      <Card title="Publiceren in de nota van inlichtingen">
        {q.status !== "ANSWERED" ? (
          <p>Beantwoord de vraag eerst. Daarna kunt u een geanonimiseerde versie publiceren als de vraag van algemeen belang is.</p>
        ) : (
          <>
            {q.publishedAt ? (
              <p className="mb-3 text-sm">
                Gepubliceerd op {formatDateTimeWithZone(q.publishedAt)} in de <Link href="/nota-van-inlichtingen">nota van inlichtingen</Link>.
                Wijzigingen zijn direct openbaar; datum en nummer blijven gelijk.
              </p>
            ) : (
              <p className="mb-3 text-sm">Nog niet gepubliceerd. Publiceer alleen als de vraag van algemeen belang is.</p>
            )}
            <PublishForm
              questionId={q.id}
              organisation={q.organisation}
              publicQuestion={draftQuestion}
              publicAnswer={q.publicAnswer ?? q.answer ?? ""}
              published={q.publishedAt !== null}
            />
          </>
        )}
      </Card>
    </div>
  );
}
