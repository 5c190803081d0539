import Link from "next/link";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { ApplicationProgressRow, SealedApplicationRow } from "@/lib/server/queries/admission-assessment";
import { DecisionStatusBadge } from "./decision-badge";

const th = "border-b border-slate-300 px-2 py-2 text-left align-bottom font-semibold text-slate-700";
const td = "px-2 py-2 align-top";

/** Before the close: only who submitted, when and which version. */
export function SealedApplicationsTable({ rows }: { rows: SealedApplicationRow[] }) {
  const caption = "Ingediende aanvragen (inhoud verzegeld)";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Aanbieder</th>
            <th scope="col" className={th}>Versie</th>
            <th scope="col" className={th}>Ingediend</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100">
              <th scope="row" className={`${td} text-left font-medium`}>{r.organisationName}</th>
              <td className={td}>{r.version}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDateTimeWithZone(r.submittedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** After the close: per application and cluster the requirements assessed, the decision and four-eyes state. */
export function AssessmentProgressTable({ rows }: { rows: ApplicationProgressRow[] }) {
  const caption = "Voortgang van de beoordeling per aanvraag en cluster";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Aanbieder</th>
            <th scope="col" className={th}>Aanvraag</th>
            <th scope="col" className={th}>Cluster</th>
            <th scope="col" className={th}>Eisen beoordeeld</th>
            <th scope="col" className={th}>Besluit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.clusters.map((c, i) => (
              <tr key={c.applicationClusterId} className={i === r.clusters.length - 1 ? "border-b border-slate-300" : "border-b border-slate-100"}>
                {i === 0 ? (
                  <>
                    <th scope="rowgroup" rowSpan={r.clusters.length} className={`${td} text-left font-medium`}>
                      <Link href={`/beheer/toelating/${r.id}`}>{r.organisationName}</Link>
                      <span className="block font-normal text-slate-700">
                        {r.progress.final} van {r.progress.clusters} definitief
                      </span>
                    </th>
                    <td rowSpan={r.clusters.length} className={`${td} whitespace-nowrap`}>
                      versie {r.version}
                      <span className="block text-slate-700">{formatDateTimeWithZone(r.submittedAt)}</span>
                    </td>
                  </>
                ) : null}
                <td className={td}>{c.clusterName}</td>
                <td className={`${td} whitespace-nowrap`}>{c.assessed} van {c.total}</td>
                <td className={td}><DecisionStatusBadge status={c.status} outcome={c.outcome} /></td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
