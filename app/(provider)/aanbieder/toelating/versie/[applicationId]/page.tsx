import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationSummary } from "@/components/admission/application-summary";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { requireRole } from "@/lib/server/auth";
import { getAdmissionContext, getOwnApplicationVersion } from "@/lib/server/queries/admission-application";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Versie van uw aanvraag tot toelating" };

/** One version of the own organisation's application; another organisation's id is not found. */
export default async function ApplicationVersionPage({ params }: { params: Promise<{ applicationId: string }> }) {
  const actor = await requireRole("PROVIDER");
  const { applicationId } = await params;
  const procedure = await getCurrentProcedure();
  const [context, version] = await Promise.all([
    getAdmissionContext(procedure.id),
    getOwnApplicationVersion(actor, procedure.id, applicationId.slice(0, 40)).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  return (
    <div className="space-y-6">
      <p><Link href="/aanbieder/toelating">Terug naar uw aanvraag tot toelating</Link></p>
      <h1 className="text-2xl font-bold">Aanvraag tot toelating, versie {version.version}</h1>
      <Card title={version.status === "SUBMITTED" ? "Zoals ingediend" : "Concept"}>
        <ApplicationSummary context={context} version={version} />
      </Card>
    </div>
  );
}
