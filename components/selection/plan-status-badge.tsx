import { Badge } from "@/components/ui/badge";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { PlanStatus } from "@/lib/server/queries/written-plan";

/** The provider's own plan for a school: none, draft, or submitted (with a draft on top). */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  if (status.kind === "NONE") return <Badge>Nog niet begonnen</Badge>;
  if (status.kind === "DRAFT") return <Badge tone="warning">Concept, niet ingediend</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone="success">Versie {status.version} ingediend</Badge>
      <span className="text-sm text-slate-700">op {formatDateTimeWithZone(status.submittedAt)}</span>
      {status.hasDraft ? <Badge tone="warning">Nieuwer concept, niet ingediend</Badge> : null}
    </span>
  );
}
