import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChoiceForm } from "@/components/selection-results/choice-form";
import { InterviewAssessmentForm } from "@/components/selection-results/interview-assessment-form";
import { TieRecord } from "@/components/selection-results/tie-record";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDate, formatDateTimeWithZone, formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getSchoolChoiceView } from "@/lib/server/queries/selection-results";

export const metadata: Metadata = { title: "Beoordeling na het gesprek en keuze" };

async function load(...args: Parameters<typeof getSchoolChoiceView>) {
  try {
    return await getSchoolChoiceView(...args);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SchoolChoicePage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("SCHOOL");
  const { schoolId } = await params;
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const view = await load(actor, procedure.id, schoolId, now);
  const { school, providers, latest, published } = view;
  const closed = published !== null;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/school/keuze">← Gesprekken en keuze</Link></p>
        <h1 className="mt-2 text-2xl font-bold">{school.name}: gesprekken en keuze</h1>
        <p className="mt-1 text-slate-700">Selectiegroep {school.selectionGroup.name}.</p>
      </div>
      {published ? (
        <Alert tone="success">
          De uitslag is gepubliceerd op {formatDateTimeWithZone(published.publishedAt)}.{published.endsAt ? ` De keuze is definitief vanaf ${formatDateTimeWithZone(published.endsAt)}.` : ""}
        </Alert>
      ) : null}

      <Card title="Uitgenodigde aanbieders">
        {providers.length === 0 ? <p>Het Servicebureau heeft de uitnodigingen voor het gesprek nog niet vastgelegd.</p> : (
          <ul className="space-y-2">
            {providers.map((p) => (
              <li key={p.providerId}>
                <strong>{p.name}</strong>:{" "}
                {p.interview
                  ? `gesprek op ${formatDate(p.interview.startsAt)} van ${formatTime(p.interview.startsAt)} tot ${formatTime(p.interview.endsAt)} ${timeZoneAbbreviation(p.interview.startsAt)}, ${p.interview.location}`
                  : "nog geen gesprek gepland"}{" "}
                {p.assessed ? <Badge tone="success">Gesprek beoordeeld</Badge> : p.held ? <Badge tone="warning">Nog te beoordelen</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {view.ties.length > 0 ? (
        <Card title="Gelijke stand op de grens">
          <div className="space-y-4">
            {view.ties.map((t) => <TieRecord key={t.id} tie={t} names={view.tieNames} />)}
          </div>
        </Card>
      ) : null}

      {!closed && providers.some((p) => p.held && !p.assessed) ? (
        <Card title="Beoordeling na het gesprek">
          {view.assessOpen ? <Alert tone="info">{view.assessOpen}</Alert> : (
            <div className="space-y-8">
              {providers.filter((p) => p.held && !p.assessed).map((p) => (
                <section key={p.providerId} aria-labelledby={`gesprek-${p.providerId}`} className="space-y-3">
                  <h3 id={`gesprek-${p.providerId}`} className="text-base font-semibold">{p.name}</h3>
                  <InterviewAssessmentForm schoolId={school.id} providerId={p.providerId} providerName={p.name} topics={view.topics} levels={view.levels} />
                </section>
              ))}
            </div>
          )}
        </Card>
      ) : null}

      <Card title="Keuze van de school">
        {latest ? (
          <div className="mb-4 space-y-1 text-sm">
            <p>
              Ingediend: versie {latest.version} op {formatDateTimeWithZone(latest.submittedAt as Date)}, gekozen:{" "}
              <strong>{latest.providers.map((p) => p.provider.name).join(" en ")}</strong>.
              {latest.receiptNumber ? <> <Link href={`/bewijs/${latest.receiptNumber}`}>Ontvangstbewijs {latest.receiptNumber}</Link></> : null}
            </p>
          </div>
        ) : null}
        {closed ? <p>De uitslag is gepubliceerd; de keuze verandert niet meer.</p>
          : view.chooseOpen ? <Alert tone="info">{view.chooseOpen}</Alert>
          : providers.length === 0 ? <p>Kiezen kan na de gesprekken.</p>
          : (
            <ChoiceForm
              schoolId={school.id}
              minChosen={view.rules.minChosen}
              maxChosen={view.rules.maxChosen}
              providers={providers.map((p) => ({
                id: p.providerId, name: p.name, eligible: p.eligible,
                note: p.eligible ? "" : !p.held ? "gesprek nog niet gevoerd" : "gesprek nog niet beoordeeld",
              }))}
              defaults={{
                providerIds: latest?.providers.map((p) => p.providerOrganisationId) ?? [],
                motivation: latest?.motivation ?? "",
                advantages: latest?.advantages ?? "",
              }}
            />
          )}
      </Card>
    </div>
  );
}
