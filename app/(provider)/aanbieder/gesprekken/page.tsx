import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmInterviewButton } from "@/components/selection-results/confirm-interview-button";
import { OwnTie } from "@/components/selection-results/own-tie";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTimeWithZone, formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listOwnInterviews } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Gesprekken" };

export default async function ProviderInterviewsPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const { invitations, interviews } = await listOwnInterviews(actor, procedure.id);
  const notInvited = invitations.filter((i) => !i.invited && !i.tie);
  const tied = invitations.filter((i) => i.tie);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Gesprekken</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per school worden maximaal {procedure.maxInvitedPerSchool} aanbieders met de hoogste scores uitgenodigd voor een gesprek,
          gezamenlijk per selectiegroep. Bevestig hier het tijdstip van uw gesprek.
        </p>
      </div>
      <Card title="Uw gesprekken">
        {interviews.length === 0 ? <p>Er is (nog) geen gesprek met uw organisatie gepland.</p> : (
          <ul className="space-y-4">
            {interviews.map((iv) => (
              <li key={iv.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                <p><strong>Selectiegroep {iv.selectionGroup}</strong> ({iv.schools.join(", ")})</p>
                <p>{formatDate(iv.startsAt)} van {formatTime(iv.startsAt)} tot {formatTime(iv.endsAt)} {timeZoneAbbreviation(iv.startsAt)}, {iv.location}</p>
                {iv.confirmedAt ? <Badge tone="success">Bevestigd op {formatDateTimeWithZone(iv.confirmedAt)}</Badge>
                  : iv.startsAt.getTime() > now.getTime() ? <ConfirmInterviewButton interviewId={iv.id} label={`Gesprek ${iv.selectionGroup} bevestigen`} />
                  : <p className="text-sm text-slate-700">Dit gesprek is niet bevestigd en heeft inmiddels plaatsgevonden.</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Uitnodigingen per school">
        {invitations.length === 0 ? <p>De uitnodigingen zijn nog niet vastgelegd.</p> : (
          <ul className="space-y-1">
            {invitations.map((i) => (
              <li key={i.schoolId}>{i.school}: {i.invited ? <Badge tone="success">Uitgenodigd</Badge> : <Badge>Niet uitgenodigd</Badge>}</li>
            ))}
          </ul>
        )}
        {notInvited.length > 0 ? (
          <p className="mt-3 text-sm text-slate-700">
            Voor {notInvited.map((i) => i.school).join(", ")} hoort uw plan niet bij de hoogst scorende plannen. Uw scores en de
            toelichtingen ziet u bij de <Link href="/aanbieder/uitslag">uitslag</Link>, zodra het Servicebureau de uitslag van die school publiceert.
          </p>
        ) : null}
        {tied.length > 0 ? (
          <div className="mt-4 space-y-3">
            {tied.map((i) => (i.tie ? <OwnTie key={i.schoolId} tie={i.tie} rank={null} school={i.school} headingId={`gelijke-stand-${i.schoolId}`} /> : null))}
            <p className="text-sm text-slate-700">
              Uw scores, uw plaats en de toelichtingen ziet u bij de <Link href="/aanbieder/uitslag">uitslag</Link>, zodra het Servicebureau de uitslag van die school publiceert.
            </p>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
