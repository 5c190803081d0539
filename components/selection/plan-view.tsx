import { formatDateTimeWithZone } from "@/lib/domain/format";
import { countWords } from "@/lib/domain/selection/word-count";

// A submitted written plan, read-only (school evaluators and staff, behind the seal).

export function PlanView({ plan, topics }: {
  plan: {
    version: number;
    submittedAt: Date;
    provider: { name: string };
    answers: Record<string, string>;
    attachment: { id: string; fileName: string; sizeBytes: number } | null;
  };
  topics: { id: string; number: number; title: string; wordLimit: number }[];
}) {
  return (
    <section aria-labelledby="plan-tekst" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div>
        <h2 id="plan-tekst" className="text-lg font-semibold">Plan van {plan.provider.name}</h2>
        <p className="text-sm text-slate-700">Versie {plan.version}, ingediend op {formatDateTimeWithZone(plan.submittedAt)}.</p>
      </div>
      {topics.map((t) => {
        const body = plan.answers[t.id] ?? "";
        return (
          <div key={t.id} className="space-y-1">
            <h3 className="font-semibold">{t.number}. {t.title}</h3>
            <p className="whitespace-pre-wrap text-slate-900">{body || "(niet ingevuld)"}</p>
            <p className="text-xs text-slate-600">{countWords(body)} woorden</p>
          </div>
        );
      })}
      <p className="text-sm">
        {plan.attachment ? (
          <>Bijlage: <a href={`/api/documenten/${plan.attachment.id}`}>{plan.attachment.fileName}</a></>
        ) : (
          "Geen bijlage."
        )}
      </p>
    </section>
  );
}
