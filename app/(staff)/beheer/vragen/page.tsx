import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { QUESTION_STATUS_LABELS } from "@/lib/schemas/questions";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listQuestionsForStaff, type StaffQuestionDto } from "@/lib/server/queries/questions";

export const metadata: Metadata = { title: "Vragen van aanbieders" };

function excerpt(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}

function linkText(q: StaffQuestionDto): string {
  return q.status === "SUBMITTED" ? "Beantwoorden" : "Bekijken, wijzigen of publiceren";
}

function QuestionList({ label, questions }: { label: string; questions: StaffQuestionDto[] }) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {questions.map((q) => (
        <li key={q.id} className="space-y-1 rounded border border-slate-200 p-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={q.status === "ANSWERED" ? "success" : "warning"}>{QUESTION_STATUS_LABELS[q.status]}</Badge>
            {q.publishedAt ? <Badge tone="info">Gepubliceerd</Badge> : null}
            <strong>{q.organisation}</strong>
            <span className="text-slate-700">{formatDateTimeWithZone(q.submittedAt)}{q.receiptNumber ? ` · ${q.receiptNumber}` : ""}</span>
          </p>
          {q.section ? <p className="text-sm"><span className="font-medium">Onderdeel:</span> {q.section}</p> : null}
          <p className="text-slate-800">{excerpt(q.body)}</p>
          <p className="text-sm">
            <Link href={`/beheer/vragen/${q.id}`} aria-label={`${linkText(q)}: vraag van ${q.organisation}, ${formatDateTimeWithZone(q.submittedAt)}`}>
              {linkText(q)}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** All questions of the procedure: unanswered first (oldest first), then the answered ones. */
export default async function StaffQuestionsPage() {
  await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const questions = await listQuestionsForStaff(procedure.id);
  const open = questions.filter((q) => q.status === "SUBMITTED");
  const answered = questions.filter((q) => q.status === "ANSWERED");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Vragen van aanbieders</h1>
      <p className="max-w-3xl text-slate-800">
        Beantwoord de vragen van aanbieders. De vragende organisatie krijgt een e-mail zodra het antwoord er is. Is een vraag van
        algemeen belang, publiceer dan een geanonimiseerde versie in de{" "}
        <Link href="/nota-van-inlichtingen">nota van inlichtingen</Link>.
      </p>
      <Card title={`Onbeantwoord (${open.length})`}>
        {open.length === 0 ? <p>Er zijn geen onbeantwoorde vragen.</p> : <QuestionList label="Onbeantwoorde vragen" questions={open} />}
      </Card>
      <Card title={`Beantwoord (${answered.length})`}>
        {answered.length === 0 ? <p>Er zijn nog geen beantwoorde vragen.</p> : <QuestionList label="Beantwoorde vragen" questions={answered} />}
      </Card>
    </div>
  );
}
