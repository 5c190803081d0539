import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { OwnContractSegmentsForm } from "@/components/opt-out/contract-segments-form";
import { NoticeSummary, formatNoticeDate } from "@/components/opt-out/notice-summary";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { describeOptOutWindow } from "@/lib/domain/opt-out";
import { windowOf } from "@/lib/domain/policy";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listOwnHeldSegments, listOwnOptOutVersions, listProcedureSegments } from "@/lib/server/queries/opt-out";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { OptOutForm } from "./_components/opt-out-form";

export const metadata: Metadata = { title: "Overeenkomst opzeggen" };

const stateBadge = {
  OPEN: { tone: "success", label: "Nu open" },
  UPCOMING: { tone: "neutral", label: "Nog niet open" },
  CLOSED: { tone: "neutral", label: "Gesloten" },
  NOT_PLANNED: { tone: "neutral", label: "Niet ingepland" },
} as const;

export default async function OptOutPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const [now, milestones, segments, held, versions] = await Promise.all([
    getNow(), listMilestones(procedure.id), listProcedureSegments(procedure.id),
    listOwnHeldSegments(actor, procedure.id), listOwnOptOutVersions(actor, procedure.id),
  ]);
  const milestone = milestones.find((m) => m.key === windowOf("optOut.submit"));
  const windowView = describeOptOutWindow(milestone, now);
  const badge = stateBadge[windowView.state];
  const [current, ...earlier] = versions;
  const heldSegments = [...new Map(held.map((h) => [h.segmentId, { id: h.segmentId, name: h.name }])).values()];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Overeenkomst (deels) opzeggen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Binnen de opzegtermijn kunt u uw huidige overeenkomst geheel of voor bepaalde segmenten opzeggen. U krijgt direct een
          ontvangstbewijs. Dient u binnen de termijn opnieuw een opzegging in, dan vervangt die de vorige; eerdere versies en hun
          ontvangstbewijzen blijven bewaard.
        </p>
      </div>

      <Card title="Opzegtermijn">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={badge.tone}>{badge.label}</Badge>
          <span data-testid="opt-out-window">{windowView.text}</span>
        </p>
      </Card>

      <Card title="Segmenten van uw overeenkomst">
        {held.length === 0 ? (
          <p>Er zijn nog geen segmenten van uw overeenkomst vastgelegd. Leg ze hieronder vast, of vraag het Servicebureau dat te doen.</p>
        ) : (
          <ul className="list-disc pl-5">
            {held.map((h) => <li key={`${h.segmentId}-${h.agreementType}`}>{h.name} ({h.agreement})</li>)}
          </ul>
        )}
        <details className="mt-4" open={held.length === 0}>
          <summary className="cursor-pointer font-medium text-brand-700">Segmenten vastleggen of wijzigen</summary>
          <div className="mt-3">
            <OwnContractSegmentsForm segments={segments} agreementType={held[0]?.agreementType ?? null} heldSegmentIds={heldSegments.map((s) => s.id)} />
          </div>
        </details>
      </Card>

      <Card title="Uw huidige opzegging">
        {current ? (
          <>
            <NoticeSummary notice={current} versionCount={versions.length} />
            {earlier.length > 0 ? (
              <>
                <h3 className="mt-4 font-semibold">Eerdere versies</h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {earlier.map((n) => (
                    <li key={n.id}>
                      Versie {n.version}: {n.scopeLabel.toLowerCase()} ({n.segments.join(", ")}), gedateerd {formatNoticeDate(n.noticeOn)}
                      {n.receiptNumber ? <> — <Link href={`/bewijs/${n.receiptNumber}`}>ontvangstbewijs {n.receiptNumber}</Link></> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p>U heeft (nog) geen opzegging ingediend.</p>
        )}
      </Card>

      <Card title={current ? "Nieuwe opzegging indienen" : "Opzegging indienen"}>
        {heldSegments.length === 0 ? (
          <p>Leg eerst vast welke segmenten uw overeenkomst omvat; daarna kunt u opzeggen.</p>
        ) : (
          <OptOutForm
            heldSegments={heldSegments}
            currentNotice={current ? { id: current.id, version: current.version } : null}
            defaultNoticeOn={instantToLocalDate(now)}
            initialKey={randomUUID()}
            windowOpen={windowView.state === "OPEN"}
            windowText={windowView.text}
          />
        )}
      </Card>
    </div>
  );
}
