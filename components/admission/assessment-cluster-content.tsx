import { Badge } from "@/components/ui/badge";
import { formatLocalDate, formatYearsMonths } from "@/lib/domain/format";
import type { ClusterAssessmentView } from "@/lib/server/queries/admission-assessment";

const th = "border-b border-slate-300 px-2 py-2 text-left align-bottom font-semibold text-slate-700";
const td = "px-2 py-2 align-top";

const day = (iso: string) => formatLocalDate(iso);

/** The references of one cluster with the computed experience (the summed periods). */
export function AssessmentReferences({ cluster }: { cluster: ClusterAssessmentView }) {
  const caption = `Referentieopdrachten voor ${cluster.clusterName}`;
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          Berekende ervaring: <strong>{cluster.experience.text}</strong> (minimaal {formatYearsMonths(cluster.minExperienceMonths)})
        </span>
        <Badge tone={cluster.experience.meetsMinimum ? "success" : "warning"}>
          {cluster.experience.meetsMinimum ? "Voldoet aan het minimum" : "Onder het minimum"}
        </Badge>
      </p>
      {cluster.references.length === 0 ? (
        <p className="text-sm">Geen referenties voor dit cluster.</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
          <table className="w-full min-w-[44rem] text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>School en plaats</th>
                <th scope="col" className={th}>Periode</th>
                <th scope="col" className={th}>Omschrijving</th>
                <th scope="col" className={th}>Contactpersoon</th>
              </tr>
            </thead>
            <tbody>
              {cluster.references.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {r.schoolName}
                    <span className="block font-normal text-slate-700">{r.place}</span>
                  </th>
                  <td className={`${td} whitespace-nowrap`}>{day(r.startOn)} t/m {day(r.endOn)}</td>
                  <td className={`${td} whitespace-pre-line`}>{r.description}</td>
                  <td className={td}>
                    {r.contactName}
                    {r.contactEmail ? <span className="block">{r.contactEmail}</span> : null}
                    {r.contactPhone ? <span className="block">{r.contactPhone}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The provider's knowledge texts for one cluster. */
export function AssessmentKnowledge({ cluster }: { cluster: ClusterAssessmentView }) {
  return (
    <dl className="space-y-2 text-sm">
      <div>
        <dt className="font-medium">Kennis van het zorglandschap in de regio</dt>
        <dd className="whitespace-pre-line">{cluster.careLandscapeKnowledge || "—"}</dd>
      </div>
      <div>
        <dt className="font-medium">Kennis van het onderwijsaanbod</dt>
        <dd className="whitespace-pre-line">{cluster.educationalOfferKnowledge || "—"}</dd>
      </div>
    </dl>
  );
}
