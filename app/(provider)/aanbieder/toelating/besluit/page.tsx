import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionResultBadge } from "@/components/admission/decision-badge";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getOwnAdmissionResult } from "@/lib/server/queries/admission-result";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { announceAdmissionResultsIfDue } from "@/lib/server/services/admission-assessment";

export const metadata: Metadata = { title: "Besluit over uw aanvraag tot toelating" };

/**
 * The provider's own decision per cluster, with its motivation, from the
 * announcement on. Before it: "In beoordeling" and nothing else.
 */
export default async function AdmissionResultPage({ searchParams }: { searchParams: Promise<{ aanvraag?: string | string[] }> }) {
  const actor = await requireRole("PROVIDER");
  const { aanvraag } = await searchParams;
  const now = await getNow();
  // Lazily, so that the announcement e-mail also goes out when the demo clock passes it.
  await announceAdmissionResultsIfDue(now);
  const procedure = await getCurrentProcedure();
  const applicationId = typeof aanvraag === "string" && aanvraag ? aanvraag.slice(0, 40) : undefined;
  const result = await getOwnAdmissionResult(actor, procedure.id, now, applicationId).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Besluit over uw aanvraag tot toelating</h1>
        {result.application ? (
          <p className="mt-1 text-sm text-slate-700">
            Uw aanvraag: versie {result.application.version}, ingediend {formatDateTimeWithZone(result.application.submittedAt)}.
          </p>
        ) : null}
      </div>

      {!result.application ? (
        <Card title="Geen aanvraag">
          <p>Uw organisatie heeft geen aanvraag tot toelating ingediend. <Link href="/aanbieder/toelating">Naar de aanvraag</Link></p>
        </Card>
      ) : !result.announced ? (
        <Card title="Status">
          <p className="flex flex-wrap items-center gap-2">
            <DecisionResultBadge status="IN_REVIEW" />
            <span>Uw aanvraag is in beoordeling.</span>
          </p>
          <p className="mt-3">
            {result.announcementAt
              ? <>Het Servicebureau maakt de besluiten bekend op {formatDateTimeWithZone(result.announcementAt)}. Dan ziet u hier per cluster het besluit met de motivering en krijgt u een e-mail.</>
              : <>De datum van de bekendmaking is nog niet vastgesteld.</>}
          </p>
        </Card>
      ) : (
        <>
          <p>
            De besluiten zijn bekendgemaakt op {formatDateTimeWithZone(result.announcementAt)}. De lijst van toegelaten aanbieders is
            openbaar: <Link href="/toegelaten-aanbieders">toegelaten aanbieders</Link>.
          </p>
          {result.clusters.map((c) => (
            <Card key={c.applicationClusterId} title={c.clusterName}>
              <p className="flex flex-wrap items-center gap-2">
                <DecisionResultBadge status={c.result.status} />
                {c.result.status !== "IN_REVIEW" ? <span className="text-sm text-slate-700">Definitief sinds {formatDateTimeWithZone(c.result.finalAt)}</span> : null}
              </p>
              {c.result.status === "IN_REVIEW" ? (
                <p className="mt-3">Over dit cluster is nog geen definitief besluit. U krijgt een e-mail zodra het besluit vaststaat.</p>
              ) : (
                <>
                  <h3 className="mt-3 font-semibold">Motivering</h3>
                  <p className="whitespace-pre-line">{c.result.motivation}</p>
                </>
              )}
            </Card>
          ))}
        </>
      )}
    </div>
  );
}
