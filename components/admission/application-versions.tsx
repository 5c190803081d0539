import Link from "next/link";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { SubmittedVersionSummary } from "@/lib/server/queries/admission-application";

/** The submitted versions, newest first; the newest is the one that counts. */
export function ApplicationVersions({ versions }: { versions: SubmittedVersionSummary[] }) {
  if (versions.length === 0) return <p>U heeft nog geen aanvraag ingediend.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {versions.map((v, i) => (
        <li key={v.id} className="flex flex-wrap items-baseline gap-x-2">
          <Link href={`/aanbieder/toelating/versie/${v.id}`} className="font-medium">Versie {v.version}</Link>
          <span>
            {i === 0 ? "(geldt) " : "(vervangen) "}ingediend {formatDateTimeWithZone(v.submittedAt)}
            {v.clusterNames.length > 0 ? `, voor ${v.clusterNames.join(", ")}` : ""}
          </span>
          {v.receiptNumber ? <Link href={`/bewijs/${v.receiptNumber}`}>ontvangstbewijs {v.receiptNumber}</Link> : null}
        </li>
      ))}
    </ol>
  );
}
