import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/domain/actor";
import { timeRemaining } from "@/lib/domain/countdown";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { lastIncludedMinute, type Milestone } from "@/lib/domain/timeline";
import type { PlanPageView } from "@/lib/server/queries/plan";
import { FreezeButton } from "./freeze-button";
import { PlanStatusBadge } from "./plan-status-badge";
import { SignForm } from "./sign-form";

const PARTY = { PROVIDER: "Jeugdhulpaanbieder", SCHOOL: "School", MUNICIPALITY: "Gemeente" } as const;

/** Version, hash, who signed and who is missing, the sign form, freezing, and voided versions with their reason. */
export function SigningPanel({ view, actor, milestones, now }: { view: PlanPageView; actor: Actor; milestones: readonly Milestone[]; now: Date }) {
  const window = milestones.find((m) => m.key === "PLAN_OF_APPROACH");
  const current = view.current;
  const party = view.viewer;
  return (
    <Card title="Ondertekening">
      <div className="space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Status: <PlanStatusBadge status={view.status} version={current?.number} />
          {window?.closesAt ? (
            <span>
              Ondertekenen kan tot en met {formatDateTimeWithZone(lastIncludedMinute(window.closesAt))} ({timeRemaining(now, window.closesAt)}).
            </span>
          ) : null}
        </p>
        {current ? (
          <>
            <p className="text-sm">
              Versie {current.number}, vastgelegd op {formatDateTimeWithZone(current.frozenAt)}. SHA-256 van de inhoud:{" "}
              <span className="break-all font-mono text-xs" data-testid="plan-hash">{current.contentSha256}</span>
            </p>
            <ul className="space-y-1 text-sm">
              {current.signatories.map((s) => (
                <li key={s.organisationId}>
                  <strong>{PARTY[s.party]}: {s.organisationName}</strong> —{" "}
                  {s.signature
                    ? `ondertekend door ${s.signature.signerName} (${s.signature.signerFunction}) op ${formatDateTimeWithZone(s.signature.signedAt)}`
                    : "nog niet ondertekend"}
                </li>
              ))}
            </ul>
            {view.planId ? (
              <p className="text-sm">
                <a href={`/plan-van-aanpak/${view.planId}/pdf`}>
                  {view.status === "FINAL" ? "Download het definitieve plan (PDF)" : `Download versie ${current.number} ter ondertekening (PDF)`}
                </a>
              </p>
            ) : null}
            {party !== "STAFF" ? (
              <SignForm
                key={current.contentSha256}
                schoolId={view.school.id} as={party} versionNumber={current.number} contentSha256={current.contentSha256} signerName={actor.name} signerEmail={actor.email}
                allowed={view.permissions.sign.allowed} message={view.permissions.sign.message} final={view.status === "FINAL"}
              />
            ) : null}
          </>
        ) : (
          <>
            <p className="text-sm">Er is nog geen versie vastgelegd voor ondertekening. Is het plan compleet, dan legt de school of de aanbieder het vast; daarna ondertekent iedere partij precies die versie.</p>
            {view.missing.length > 0 ? (
              <div className="text-sm">
                <p className="font-medium">Nog nodig:</p>
                <ul className="list-disc pl-5">{view.missing.map((m) => <li key={m}>{m}</li>)}</ul>
              </div>
            ) : null}
            {(party === "SCHOOL" || party === "PROVIDER") && view.permissions.freeze.allowed ? (
              <FreezeButton schoolId={view.school.id} as={party} />
            ) : view.permissions.freeze.message ? (
              <Alert tone="info">{view.permissions.freeze.message}</Alert>
            ) : null}
          </>
        )}
        {view.voided.length > 0 ? (
          <div className="text-sm">
            <h3 className="font-semibold">Vervallen versies</h3>
            <ul className="list-disc space-y-1 pl-5">
              {view.voided.map((v) => (
                <li key={v.number}>
                  Versie {v.number} (SHA-256 <span className="font-mono text-xs">{v.contentSha256.slice(0, 16)}…</span>) vervallen op {formatDateTimeWithZone(v.voidedAt)}. {v.voidReason}
                  {v.signatures.length > 0 ? ` Vervallen ondertekeningen: ${v.signatures.map((s) => `${s.signerName} (${s.organisationName})`).join(", ")}.` : ""}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
