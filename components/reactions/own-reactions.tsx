import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/domain/actor";
import { authorizeAt } from "@/lib/domain/authorization";
import { timeRemaining } from "@/lib/domain/countdown";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { lastIncludedMinute } from "@/lib/domain/timeline";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { listOwnReactions } from "@/lib/server/queries/reactions";
import { ReactionForm } from "./reaction-form";

/** The reactions page of a provider or council (the page itself checks the role). */
export async function OwnReactions({ actor }: { actor: Actor }) {
  const procedure = await getCurrentProcedure();
  const [now, milestones] = await Promise.all([getNow(), listMilestones(procedure.id)]);
  const reactions = await listOwnReactions(actor, procedure.id);
  const decision = authorizeAt(actor.role, "reaction.submit", milestones, now);
  const window = milestones.find((m) => m.key === "REACTION_PERIOD");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reacties op de voorgenomen herziening</h1>
      {decision.allowed ? (
        <Alert tone="info">
          De reactietermijn is open
          {window?.closesAt ? (
            <>
              {" "}tot en met <strong>{formatDateTimeWithZone(lastIncludedMinute(window.closesAt))}</strong> ({timeRemaining(now, window.closesAt)})
            </>
          ) : null}
          . U kunt
          een concept opslaan en later indienen; na indienen krijgt u een ontvangstbewijs.
        </Alert>
      ) : (
        <Alert tone="warning">{decision.message}</Alert>
      )}
      <Card title="Nieuwe reactie">
        <ReactionForm open={decision.allowed} />
      </Card>
      <Card title="Uw reacties">
        {reactions.length === 0 ? (
          <p>U heeft nog geen reacties opgeslagen of ingediend.</p>
        ) : (
          <ul className="space-y-4">
            {reactions.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <strong>{r.subject}</strong>
                  <Badge tone={r.status === "SUBMITTED" ? "success" : "warning"}>{r.status === "SUBMITTED" ? `Ingediend (versie ${r.version})` : `Concept (versie ${r.version})`}</Badge>
                </p>
                {r.submittedAt ? (
                  <p className="text-sm text-slate-700">
                    Ontvangen {formatDateTimeWithZone(r.submittedAt)}
                    {r.receiptNumber ? <> · <Link href={`/bewijs/${r.receiptNumber}`}>ontvangstbewijs {r.receiptNumber}</Link></> : null}
                  </p>
                ) : null}
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{decision.allowed ? "Bekijken of wijzigen" : "Bekijken"}</summary>
                  <div className="mt-3">
                    <ReactionForm reactionId={r.id} subject={r.subject} body={r.body} attachment={r.attachment} open={decision.allowed} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
