import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { OUTCOME_LABELS } from "@/lib/schemas/reactions";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listReactionsForStaff } from "@/lib/server/queries/reactions";
import { ProcessReactionForm } from "./_components/process-form";

export const metadata: Metadata = { title: "Reacties verwerken" };

export default async function StaffReactionsPage() {
  await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const reactions = await listReactionsForStaff(procedure.id);
  const open = reactions.filter((r) => !r.outcome).length;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reacties verwerken</h1>
      <p>
        {reactions.length} ingediende reacties, waarvan {open} nog niet verwerkt. De verwerking wordt zonder namen openbaar vanaf de
        publicatie van de definitieve contractdocumenten (<Link href="/reacties">openbare tabel</Link>).
      </p>
      {reactions.length === 0 ? <p>Er zijn nog geen reacties ingediend.</p> : null}
      {reactions.map((r) => (
        <Card key={r.id} title={r.subject}>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>{r.organisation}</span>
            <span>· versie {r.version}</span>
            {r.submittedAt ? <span>· ontvangen {formatDateTimeWithZone(r.submittedAt)}</span> : null}
            {r.receiptNumber ? <span>· {r.receiptNumber}</span> : null}
            <Badge tone={r.outcome ? "success" : "warning"}>{r.outcome ? OUTCOME_LABELS[r.outcome] : "Nog te verwerken"}</Badge>
          </p>
          <blockquote className="my-3 whitespace-pre-wrap border-l-4 border-slate-300 pl-3 text-sm">{r.body}</blockquote>
          {r.attachment ? (
            <p className="mb-3 text-sm">Bijlage: <a href={`/api/documenten/${r.attachment.id}`}>{r.attachment.fileName}</a></p>
          ) : null}
          <ProcessReactionForm reactionId={r.id} outcome={r.outcome} processingText={r.processingText ?? ""} changedSection={r.changedSection ?? ""} />
        </Card>
      ))}
    </div>
  );
}
