import { Badge } from "@/components/ui/badge";
import { formatDateTimeWithZone, formatLocalDate } from "@/lib/domain/format";
import type { ProviderResult, TopicScore } from "@/lib/server/queries/selection-outcomes";
import { OwnTie } from "./own-tie";

function ScoreTable({ items, label, caption, explanationHeader }: { items: TopicScore[]; label: string; caption: string; explanationHeader: string }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr><th scope="col" className="border-b px-2 py-2">Onderwerp</th><th scope="col" className="border-b px-2 py-2 text-right">Score</th><th scope="col" className="border-b px-2 py-2">{explanationHeader}</th></tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.number} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 align-top font-medium">{i.number}. {i.title}</th>
              <td className="px-2 py-2 text-right align-top tabular-nums">{i.score}</td>
              <td className="whitespace-pre-line px-2 py-2 align-top">{i.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One school's published result as the provider sees it: only its own scores, its own interview and its own place in a tie. */
export function ProviderResultView({ result, headingId }: { result: ProviderResult; headingId: string }) {
  const self = result.chosen.some((c) => c.isSelf);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {result.school} {self ? <Badge tone="success">Gekozen</Badge> : <Badge>Niet gekozen</Badge>}
      </h2>
      <p className="text-sm text-slate-700">Gepubliceerd op {formatDateTimeWithZone(result.publishedAt)}.</p>
      <p>
        De school koos: <strong>{result.chosen.map((c) => c.name).join(" en ")}</strong>.
      </p>
      <p>
        Uw schriftelijke plan: {result.own.totalScore ?? "—"} punten{result.own.rank ? `, plaats ${result.own.rank}${result.tie ? " (gedeeld)" : ""}` : ""};{" "}
        {result.own.invited ? "u was uitgenodigd voor het gesprek." : "u was niet uitgenodigd voor het gesprek."}
        {result.tie ? (result.tie.method === "DRAW" ? " De loting besliste; zie hieronder." : " Zie de beslissing over de gelijke stand hieronder.") : null}
      </p>
      {result.tie ? <OwnTie tie={result.tie} rank={result.own.rank} headingId={`${headingId}-gelijke-stand`} /> : null}
      <h3 className="font-semibold">Uw schriftelijke plan: scores en toelichtingen</h3>
      <ScoreTable items={result.own.items} label={`Uw scores bij ${result.school}`} caption={`Uw scores en toelichtingen per onderwerp bij ${result.school}`} explanationHeader="Toelichting van de school" />
      {result.own.conclusion ? <div><h3 className="font-semibold">Conclusie van de school over uw plan</h3><p className="whitespace-pre-line">{result.own.conclusion}</p></div> : null}
      {result.interview ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Beoordeling van uw gesprek</h3>
          <ScoreTable items={result.interview.items} label={`Beoordeling van uw gesprek bij ${result.school}`} caption={`Beoordeling van uw gesprek per onderwerp bij ${result.school}`} explanationHeader="Toelichting van de school na het gesprek" />
          {result.interview.conclusion ? <p className="whitespace-pre-line"><span className="font-medium">Conclusie na het gesprek:</span> {result.interview.conclusion}</p> : null}
        </div>
      ) : null}
      <div><h3 className="font-semibold">Motivering van de keuze</h3><p className="whitespace-pre-line">{result.motivation}</p></div>
      <div><h3 className="font-semibold">Kenmerken en relatieve voordelen van het gekozen plan</h3><p className="whitespace-pre-line">{result.advantages}</p></div>
      <p className="rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
        {result.isFinal
          ? `De standstilltermijn is voorbij; de keuze is definitief sinds ${formatDateTimeWithZone(result.standstillEndsAt)}.`
          : `Standstilltermijn: tot en met ${formatLocalDate(result.standstillLastDay)}. De keuze is definitief vanaf ${formatDateTimeWithZone(result.standstillEndsAt)}.`}
      </p>
    </section>
  );
}
