import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentApplicationDetails } from "@/components/admission/assessment-application-details";
import { AssessmentClusterCard } from "@/components/admission/assessment-cluster-card";
import { Alert } from "@/components/ui/alert";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getApplicationForAssessment } from "@/lib/server/queries/admission-assessment";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { announceAdmissionResultsIfDue } from "@/lib/server/services/admission-assessment";

export const metadata: Metadata = { title: "Aanvraag beoordelen" };

/** One application: its content (only after the admission close) and the assessment per cluster. */
export default async function AssessApplicationPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const actor = await requireRole("STAFF");
  const { applicationId } = await params;
  const now = await getNow();
  await announceAdmissionResultsIfDue(now);
  const procedure = await getCurrentProcedure();
  const result = await getApplicationForAssessment(actor, procedure.id, applicationId.slice(0, 40), now).then(
    (application) => ({ application, sealed: null }),
    (error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      if (isDomainError(error) && error.code === "PHASE_CLOSED") return { application: null, sealed: error.message };
      throw error;
    },
  );
  const back = <p className="text-sm"><Link href="/beheer/toelating">← Alle aanvragen</Link></p>;

  if (!result.application) {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-2xl font-bold">Aanvraag beoordelen</h1>
        <Alert tone="info" title="Verzegeld">{result.sealed}</Alert>
      </div>
    );
  }

  const application = result.application;
  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-2xl font-bold">Aanvraag van {application.organisation.name}</h1>
        <p className="mt-1 text-sm text-slate-700">
          Versie {application.version}, ingediend {formatDateTimeWithZone(application.submittedAt)}
          {application.receiptNumber ? <> · <Link href={`/bewijs/${application.receiptNumber}`}>ontvangstbewijs {application.receiptNumber}</Link></> : null}
          {application.organisation.kvkNumber ? <> · KvK {application.organisation.kvkNumber}</> : null}
          {application.organisation.city ? <> · {application.organisation.city}</> : null}
        </p>
        {application.announcementAt ? (
          <p className="mt-1 text-sm text-slate-700">Bekendmaking: {formatDateTimeWithZone(application.announcementAt)}.</p>
        ) : null}
      </div>
      <AssessmentApplicationDetails application={application} />
      {application.clusters.map((cluster) => (
        <AssessmentClusterCard key={cluster.applicationClusterId} cluster={cluster} actorUserId={actor.userId} />
      ))}
    </div>
  );
}
