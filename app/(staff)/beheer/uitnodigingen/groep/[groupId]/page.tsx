import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InterviewSlotForm } from "@/components/selection-results/interview-slot-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDate, formatDateTimeWithZone, formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import { instantToLocalDate } from "@/lib/domain/local-time";
import { requireRole } from "@/lib/server/auth";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { loadGroupInterviews } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Gesprekken per selectiegroep" };

async function load(procedureId: string, groupId: string) {
  try {
    return await loadGroupInterviews(procedureId, groupId);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function GroupInterviewsPage({ params }: { params: Promise<{ groupId: string }> }) {
  await requireRole("STAFF");
  const { groupId } = await params;
  const procedure = await getCurrentProcedure();
  const { group, providers, undetermined } = await load(procedure.id, groupId);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/uitnodigingen">← Uitnodigingen, gesprekken en uitslag</Link></p>
        <h1 className="mt-2 text-2xl font-bold">Gesprekken {group.name}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          De gesprekken worden gezamenlijk gevoerd voor {group.schools.map((s) => s.name).join(", ")}: één gesprek per uitgenodigde
          aanbieder. Tijden zijn Nederlandse tijd (Europe/Amsterdam). Een verplaatst gesprek moet de aanbieder opnieuw bevestigen.
        </p>
      </div>
      {undetermined.length > 0 ? <Alert tone="info">Voor {undetermined.join(", ")} zijn de uitnodigingen nog niet vastgelegd.</Alert> : null}
      {providers.length === 0 ? <p>Er zijn nog geen aanbieders uitgenodigd in deze selectiegroep.</p> : null}
      {providers.map((p) => (
        <Card key={p.providerId} title={p.name}>
          <p className="mb-2 text-sm text-slate-700">Uitgenodigd voor: {p.schools.join(", ")}.</p>
          {p.interview ? (
            <p className="mb-3">
              Gepland: {formatDate(p.interview.startsAt)} van {formatTime(p.interview.startsAt)} tot {formatTime(p.interview.endsAt)} {timeZoneAbbreviation(p.interview.startsAt)},{" "}
              {p.interview.location}.{" "}
              {p.interview.confirmedAt ? <Badge tone="success">Bevestigd op {formatDateTimeWithZone(p.interview.confirmedAt)}</Badge> : <Badge tone="warning">Nog niet bevestigd</Badge>}
            </p>
          ) : <p className="mb-3">Nog niet gepland.</p>}
          <InterviewSlotForm
            selectionGroupId={group.id}
            providerId={p.providerId}
            providerName={p.name}
            defaults={p.interview ? {
              date: instantToLocalDate(p.interview.startsAt),
              startTime: formatTime(p.interview.startsAt),
              endTime: formatTime(p.interview.endsAt),
              location: p.interview.location,
            } : { date: "", startTime: "", endTime: "", location: "" }}
          />
        </Card>
      ))}
    </div>
  );
}
