import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, RowTh, Td, Th, Tr } from "@/components/budget/table";
import { InterviewAssessment } from "@/components/selection-results/interview-assessment";
import { InvitationForm } from "@/components/selection-results/invitation-form";
import { PublishResultButton } from "@/components/selection-results/publish-result-button";
import { TieRecord } from "@/components/selection-results/tie-record";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { findLatestChoice, loadInterviewedProviders, loadSchoolRanking } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Rangorde en uitnodigingen" };

async function load(procedureId: string, schoolId: string) {
  try {
    return await loadSchoolRanking(procedureId, schoolId);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SchoolInvitationsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  await requireRole("STAFF");
  const { schoolId } = await params;
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const ranking = await load(procedure.id, schoolId);
  const { school, preview, invitations, topics } = ranking;
  const [interviewed, choice] = await Promise.all([loadInterviewedProviders(school.id, school.selectionGroupId, now), findLatestChoice(school.id)]);
  const invitationOf = new Map(invitations.map((i) => [i.providerOrganisationId, i]));
  const previewOf = new Map(
    preview
      ? [...preview.invited.map((p) => [p.providerId, "uitgenodigd"] as const), ...preview.tiedAtCutoff.map((p) => [p.providerId, "gelijke stand op de grens"] as const), ...preview.notInvited.map((p) => [p.providerId, "niet uitgenodigd"] as const)]
      : [],
  );
  const rankOf = new Map(preview?.ranked.map((p) => [p.providerId, p.rank]) ?? []);
  const base = `/beheer/uitnodigingen/${school.id}`;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/uitnodigingen">← Uitnodigingen, gesprekken en uitslag</Link></p>
        <h1 className="mt-2 text-2xl font-bold">{school.name}: rangorde, uitnodigingen en uitslag</h1>
        <p className="mt-1 text-slate-700">Selectiegroep {school.selectionGroup.name}. Maximaal {procedure.maxInvitedPerSchool} aanbieders worden uitgenodigd.</p>
      </div>

      <Card title="Rangorde op de gezamenlijke scores">
        {ranking.candidates.length === 0 ? <p>Er zijn voor deze school geen plannen ingediend.</p> : (
          <DataTable caption={`Rangorde ${school.name}`} minWidth="48rem">
            <thead>
              <tr>
                <Th numeric>Plaats</Th><Th>Aanbieder</Th>
                {topics.map((t) => <Th key={t.id} numeric><abbr title={t.title}>{t.number}</abbr></Th>)}
                <Th numeric>Totaal</Th><Th>Uitnodiging</Th>
              </tr>
            </thead>
            <tbody>
              {ranking.candidates.map((c) => {
                const inv = invitationOf.get(c.providerId);
                return (
                  <Tr key={c.providerId}>
                    <Td numeric>{inv?.rank ?? rankOf.get(c.providerId) ?? "—"}</Td>
                    <RowTh>{c.name}</RowTh>
                    {topics.map((t) => <Td key={t.id} numeric>{c.scores[t.id] ?? "—"}</Td>)}
                    <Td numeric strong>{c.totalScore ?? "—"}</Td>
                    <Td>
                      {inv ? (inv.invited ? <Badge tone="success">Uitgenodigd</Badge> : <Badge>Niet uitgenodigd</Badge>)
                        : c.consensusSubmitted ? previewOf.get(c.providerId) ?? "" : <Badge tone="warning">Gezamenlijke beoordeling ontbreekt</Badge>}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </Card>

      <Card title="Uitnodigingen vastleggen">
        {invitations.length > 0 ? (
          <p>Vastgelegd op {formatDateTimeWithZone(invitations[0]?.createdAt as Date)}: {invitations.filter((i) => i.invited).length} uitgenodigd.</p>
        ) : ranking.missing.length > 0 ? (
          <Alert tone="info">De rangorde kan pas als alle gezamenlijke beoordelingen zijn vastgelegd. Nog niet vastgelegd: {ranking.missing.join(", ")}.</Alert>
        ) : preview ? (
          <InvitationForm
            schoolId={school.id}
            schoolName={school.name}
            tie={preview.needsTieResolution ? { names: preview.tiedAtCutoff.map((p) => ranking.names.get(p.providerId) ?? p.providerId), openSlots: preview.openSlots } : null}
          />
        ) : <p>Er is niemand om uit te nodigen.</p>}
        {ranking.ties.length > 0 ? (
          <div className="mt-4 space-y-3 border-t border-slate-200 pt-4">
            <h3 className="font-semibold">Gelijke stand op de grens</h3>
            {ranking.ties.map((t) => <TieRecord key={t.id} tie={t} names={ranking.names} />)}
          </div>
        ) : null}
      </Card>

      <Card title="Gesprekken en beoordeling na het gesprek">
        {interviewed.length === 0 ? <p>Nog geen uitgenodigde aanbieders.</p> : (
          <ul className="space-y-1">
            {interviewed.map((p) => (
              <li key={p.providerId}>
                <strong>{p.name}</strong>:{" "}
                {p.interview ? `gesprek ${formatDateTimeWithZone(p.interview.startsAt)}${p.interview.confirmedAt ? " (bevestigd)" : " (nog niet bevestigd)"}` : "nog geen gesprek gepland"};{" "}
                {p.assessed ? "beoordeeld door de school" : "nog niet beoordeeld"}
              </li>
            ))}
          </ul>
        )}
        {interviewed.some((p) => p.assessed) ? (
          <div className="mt-4 space-y-2">
            {interviewed.flatMap((p) => (p.assessed && p.sheet ? [
              <InterviewAssessment key={p.providerId} topics={topics} assessment={{ providerName: p.name, items: p.sheet.items, conclusion: p.sheet.conclusion }} />,
            ] : []))}
          </div>
        ) : null}
        <p className="mt-3 text-sm"><Link href={`/beheer/uitnodigingen/groep/${school.selectionGroupId}`}>Gesprekken van {school.selectionGroup.name} plannen</Link></p>
      </Card>

      <Card title="Keuze van de school en publicatie">
        {!choice ? <p>De school heeft haar keuze nog niet ingediend. Publiceren kan pas daarna.</p> : (
          <div className="space-y-3">
            <p>
              Versie {choice.version}, ingediend op {formatDateTimeWithZone(choice.submittedAt as Date)}: <strong>{choice.providers.map((p) => p.provider.name).join(" en ")}</strong>.
            </p>
            <div><h3 className="font-semibold">Motivering</h3><p className="whitespace-pre-line">{choice.motivation}</p></div>
            <div><h3 className="font-semibold">Kenmerken en relatieve voordelen van het gekozen plan</h3><p className="whitespace-pre-line">{choice.advantages}</p></div>
            {choice.publishedAt ? (
              <Alert tone="success">Gepubliceerd op {formatDateTimeWithZone(choice.publishedAt)}.</Alert>
            ) : (
              <PublishResultButton schoolId={school.id} schoolName={school.name} version={choice.version} providerCount={ranking.candidates.length} standstillDays={procedure.standstillDays} />
            )}
          </div>
        )}
      </Card>

      <Card title="Exporteren">
        <ul className="space-y-1">
          <li><a href={`${base}/export`} download>Scorematrix van {school.name} (XLSX)</a></li>
          {choice ? ranking.candidates.map((c) => (
            <li key={c.providerId}><a href={`${base}/brief/${c.providerId}`} download>Uitslagbrief aan {c.name} (PDF{choice.publishedAt ? "" : ", concept"})</a></li>
          )) : <li>De uitslagbrieven zijn beschikbaar zodra de school haar keuze heeft ingediend.</li>}
        </ul>
      </Card>
    </div>
  );
}
