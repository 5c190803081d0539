import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatLocalDate } from "@/lib/domain/format";
import type { ApplicationAssessmentView } from "@/lib/server/queries/admission-assessment";

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** The parts of an application that hold for all its clusters: exclusion grounds with the signer, and documents. */
export function AssessmentApplicationDetails({ application }: { application: ApplicationAssessmentView }) {
  const { signer, declarations, documents } = application;
  return (
    <>
      <Card title="Uitsluitingsgronden en ondertekening">
        <p className="mb-3 flex flex-wrap items-center gap-2">
          {application.declarationsComplete ? (
            <Badge tone="success">Alle uitsluitingsgronden verklaard</Badge>
          ) : (
            <Badge tone="warning">Niet alle uitsluitingsgronden verklaard</Badge>
          )}
        </p>
        <ul className="space-y-2">
          {declarations.map((d) => (
            <li key={d.code} className="flex gap-2">
              <span aria-hidden="true">{d.declared ? "✓" : "✗"}</span>
              <span>
                <span className="sr-only">{d.declared ? "Verklaard: " : "Niet verklaard: "}</span>
                {d.text}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          Ondertekend door <strong>{signer.name ?? "onbekend"}</strong>
          {signer.function ? <>, {signer.function}</> : null}
          {signer.signedOn ? <> op {formatLocalDate(signer.signedOn)}</> : null}.
        </p>
      </Card>

      <Card title="Documenten">
        {documents.length === 0 ? (
          <p>De aanbieder heeft geen documenten bijgevoegd.</p>
        ) : (
          <ul className="space-y-1">
            {documents.map((d) => (
              <li key={d.id}>
                <span className="font-medium">{d.label}</span>:{" "}
                <a href={`/api/documenten/${d.id}`}>{d.fileName}</a> <span className="text-sm text-slate-700">({size(d.sizeBytes)})</span>
                <span className="block break-all text-xs text-slate-600">SHA-256 {d.sha256}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
