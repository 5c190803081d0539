import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { experienceSummary } from "@/lib/domain/admission/application";
import { experienceFor, formatExperience } from "@/lib/domain/admission/experience";
import { formatDateRange, formatDateTimeWithZone, formatLocalDate, formatYearsMonths } from "@/lib/domain/format";
import { isValidLocalDate, startOfLocalDay } from "@/lib/domain/local-time";
import type { AdmissionContextView, ApplicationVersionView } from "@/lib/server/queries/admission-application";
import { formatFileSize } from "./application-format";

function localDate(d: string): string {
  return isValidLocalDate(d) ? formatLocalDate(d) : "—";
}

function period(startOn: string, endOn: string): string {
  if (!isValidLocalDate(startOn) || !isValidLocalDate(endOn) || endOn < startOn) return `${localDate(startOn)} – ${localDate(endOn)}`;
  return formatDateRange(startOfLocalDay(startOn), startOfLocalDay(endOn));
}

function Text({ children }: { children: string }) {
  return children.trim() ? <p className="whitespace-pre-wrap break-words">{children}</p> : <p className="text-slate-500">(niet ingevuld)</p>;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** One version of an application, read-only (after the close, and for earlier versions). */
export function ApplicationSummary({ context, version }: { context: AdmissionContextView; version: ApplicationVersionView }) {
  const { content } = version;
  const clusterName = new Map(context.clusters.map((c) => [c.id, c.name]));
  const experience = new Map(experienceSummary(content, context).map((e) => [e.clusterId, e]));
  const chosen = context.clusters.filter((c) => content.clusterIds.includes(c.id));
  return (
    <div className="space-y-4 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={version.status === "SUBMITTED" ? "success" : "warning"}>
          {version.status === "SUBMITTED" ? `Ingediend, versie ${version.version}` : `Concept, versie ${version.version} (niet ingediend)`}
        </Badge>
        {version.submittedAt ? <span>Ontvangen {formatDateTimeWithZone(version.submittedAt)}</span> : null}
        {version.receiptNumber ? <Link href={`/bewijs/${version.receiptNumber}`}>Ontvangstbewijs {version.receiptNumber}</Link> : null}
      </p>

      <Part title="Clusters">
        {chosen.length === 0 ? <p>Geen cluster gekozen.</p> : <ul className="list-disc pl-5">{chosen.map((c) => <li key={c.id}>{c.name}</li>)}</ul>}
      </Part>

      <Part title="Uitsluitingsgronden">
        <ul className="space-y-1">
          {context.exclusionGrounds.map((g) => (
            <li key={g.id}>
              {content.declaredGroundIds.includes(g.id) ? <Badge tone="success">Verklaard</Badge> : <Badge>Niet verklaard</Badge>} {g.text}
            </li>
          ))}
        </ul>
        <p>
          Ondertekend door {content.signerName || "—"} ({content.signerFunction || "functie niet ingevuld"}) op {localDate(content.signedOn)}.
        </p>
      </Part>

      <Part title="Referentieopdrachten">
        {content.references.length === 0 ? <p>Geen referentieopdrachten.</p> : (
          <ol className="space-y-3">
            {content.references.map((r, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">Referentie {i + 1}: {r.schoolName || "(school niet ingevuld)"}, {r.place || "(plaats niet ingevuld)"}</p>
                <p>Telt voor: {clusterName.get(r.clusterId) ?? "onbekend cluster"}</p>
                <p>
                  Periode: {period(r.startOn, r.endOn)}
                  {r.startOn && r.endOn && r.endOn >= r.startOn ? ` (${formatExperience(experienceFor([{ clusterId: "x", startOn: r.startOn, endOn: r.endOn }], "x"))})` : null}
                </p>
                <Text>{r.description}</Text>
                <p>Contactpersoon: {[r.contactName, r.contactEmail, r.contactPhone].filter(Boolean).join(", ") || "—"}</p>
              </li>
            ))}
          </ol>
        )}
      </Part>

      {chosen.map((c) => {
        const e = experience.get(c.id);
        const part = content.clusters[c.id];
        return (
          <Part key={c.id} title={c.name}>
            <p>
              Ervaring uit de referenties: <strong>{formatExperience(e?.experience ?? { months: 0, days: 0 })}</strong>{" "}
              {e?.meetsMinimum ? <Badge tone="success">voldoet aan minimaal {formatYearsMonths(c.minExperienceMonths)}</Badge> : <Badge tone="warning">minder dan {formatYearsMonths(c.minExperienceMonths)}</Badge>}
            </p>
            <h4 className="font-medium">Kennis van het zorglandschap in de regio</h4>
            <Text>{part?.careLandscapeKnowledge ?? ""}</Text>
            <h4 className="font-medium">Kennis van het onderwijsaanbod</h4>
            <Text>{part?.educationalOfferKnowledge ?? ""}</Text>
            {c.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => (
              <div key={r.id}>
                <h4 className="font-medium">{r.text}</h4>
                <Text>{part?.expertise[r.id] ?? ""}</Text>
              </div>
            ))}
          </Part>
        );
      })}

      <Part title="Documenten">
        {version.documents.length === 0 ? <p>Geen documenten.</p> : (
          <ul className="list-disc pl-5">
            {version.documents.map((d) => (
              <li key={d.documentId}>
                {d.label || "(geen omschrijving)"}: <a href={`/api/documenten/${d.documentId}`}>{d.fileName}</a> ({formatFileSize(d.sizeBytes)})
              </li>
            ))}
          </ul>
        )}
      </Part>
    </div>
  );
}
