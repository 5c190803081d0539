import { Badge } from "@/components/ui/badge";
import { formatYearsMonths } from "@/lib/domain/format";
import type { AdmissionContextView } from "@/lib/server/queries/admission-application";

const KIND_LABELS = { EXPERIENCE: "Ervaring", KNOWLEDGE: "Kennis", EXPERTISE: "Expertise" } as const;

/** What an application asks, per cluster, so that a provider can prepare before the window opens. */
export function ApplicationRequirements({ context }: { context: AdmissionContextView }) {
  return (
    <div className="space-y-4 text-sm">
      {context.clusters.map((c) => (
        <section key={c.id} aria-labelledby={`eisen-${c.id}`} className="space-y-1">
          <h3 id={`eisen-${c.id}`} className="font-semibold">{c.name} ({c.scope})</h3>
          <ul className="list-disc space-y-1 pl-5">
            {c.requirements.map((r) => (
              <li key={r.id}><span className="font-medium">{KIND_LABELS[r.kind]}:</span> {r.text}</li>
            ))}
          </ul>
          <p className="text-slate-700">De ervaring wordt berekend uit uw referentieopdrachten; gevraagd is minimaal {formatYearsMonths(c.minExperienceMonths)}.</p>
        </section>
      ))}
      <section aria-labelledby="eisen-uitsluiting" className="space-y-1">
        <h3 id="eisen-uitsluiting" className="font-semibold">Uitsluitingsgronden (voor alle clusters)</h3>
        <ul className="list-disc space-y-1 pl-5">
          {context.exclusionGrounds.map((g) => (
            <li key={g.id}>{g.text} {g.isExample ? <Badge tone="warning">voorbeeldtekst</Badge> : null}</li>
          ))}
        </ul>
        <p className="text-slate-700">Een bevoegd persoon ondertekent de verklaring met naam, functie en datum.</p>
      </section>
    </div>
  );
}
