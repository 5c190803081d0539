import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentProgressTable, SealedApplicationsTable } from "@/components/admission/assessment-progress-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { windowOf } from "@/lib/domain/policy";
import { lastIncludedMinute, windowState } from "@/lib/domain/timeline";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listApplicationsForStaff, type ApplicationProgressRow } from "@/lib/server/queries/admission-assessment";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { announceAdmissionResultsIfDue } from "@/lib/server/services/admission-assessment";

export const metadata: Metadata = { title: "Toelating beoordelen" };

function summary(rows: ApplicationProgressRow[]): string {
  const sum = (pick: (r: ApplicationProgressRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const awaiting = sum((r) => r.progress.awaitingConfirmation);
  return `${rows.length} ${rows.length === 1 ? "aanvraag" : "aanvragen"}; ${sum((r) => r.progress.final)} van ${sum((r) => r.progress.clusters)} clusterbesluiten definitief, ${awaiting} ${awaiting === 1 ? "wacht" : "wachten"} op bevestiging.`;
}

/** Staff overview of the admission applications: sealed until the close, then the progress of the assessment. */
export default async function AdmissionAssessmentOverviewPage() {
  const actor = await requireRole("STAFF");
  const now = await getNow();
  // Lazily, so that the demo clock works without waiting for the background runner.
  await announceAdmissionResultsIfDue(now);
  const procedure = await getCurrentProcedure();
  const [milestones, overview] = await Promise.all([listMilestones(procedure.id), listApplicationsForStaff(actor, procedure.id, now)]);
  const admission = milestones.find((m) => m.key === windowOf("application.submit"));
  const closesAt = admission?.closesAt ?? null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Toelating beoordelen</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Na de sluiting van de toelatingsprocedure beoordeelt u per aanvraag en per cluster elke eis (voldaan of niet) en legt u
          een besluit vast met een motivering. &lsquo;Niet toegelaten&rsquo; wordt pas definitief als een tweede medewerker het bevestigt.
          Tot de bekendmaking kunnen besluiten nog wijzigen; daarna liggen definitieve besluiten vast.
        </p>
      </div>

      <Card title="Termijnen">
        <ul className="space-y-1 text-sm">
          <li>
            Toelatingsprocedure:{" "}
            {admission && closesAt
              ? `sluit na ${formatDateTimeWithZone(lastIncludedMinute(closesAt))}`
              : "nog geen sluitingsdatum vastgesteld"}
            {admission && windowState(admission, now) === "OPEN" ? " (nu open)" : null}
          </li>
          <li>
            Bekendmaking aan aanbieders en openbaar:{" "}
            {overview.announcementAt ? formatDateTimeWithZone(overview.announcementAt) : "niet ingepland"}
            {" "}(<Link href="/toegelaten-aanbieders">openbare lijst</Link>)
          </li>
          <li>
            <Link href="/beheer/toelating/uitsluitingsgronden">Uitsluitingsgronden</Link> die aanbieders verklaren (te wijzigen tot de
            opening)
          </li>
          {overview.resultsMailedAt ? (
            <li>De besluiten zijn op {formatDateTimeWithZone(overview.resultsMailedAt)} per e-mail aan de aanbieders gestuurd.</li>
          ) : null}
        </ul>
      </Card>

      {overview.sealed ? (
        <Card title="Ingediende aanvragen">
          <Alert tone="info" title="Verzegeld">
            De inhoud van de aanvragen is verzegeld tot de toelatingsprocedure sluit. U ziet alleen wie een aanvraag heeft ingediend,
            wanneer en welke versie. {overview.message}
          </Alert>
          <div className="mt-4">
            {overview.rows.length === 0 ? <p>Er zijn nog geen aanvragen ingediend.</p> : <SealedApplicationsTable rows={overview.rows} />}
          </div>
        </Card>
      ) : (
        <Card title="Voortgang van de beoordeling">
          {overview.warning ? (
            <div className="mb-4">
              <Alert tone="warning" title={overview.warning.level === "PASSED" ? "Besluiten ontbreken na de bekendmaking" : "Besluiten ontbreken"}>
                {overview.warning.message}
              </Alert>
            </div>
          ) : null}
          {overview.rows.length === 0 ? (
            <p>Er zijn geen aanvragen ingediend.</p>
          ) : (
            <>
              <p className="mb-3 text-sm">{summary(overview.rows)}</p>
              <AssessmentProgressTable rows={overview.rows} />
            </>
          )}
        </Card>
      )}
    </div>
  );
}
