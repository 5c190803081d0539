import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProviderContractSegmentsForm } from "@/components/opt-out/contract-segments-form";
import { NoticesTable } from "@/components/opt-out/notices-table";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { requireRole } from "@/lib/server/auth";
import { getProviderOptOut, listProcedureSegments } from "@/lib/server/queries/opt-out";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Opzegging van een aanbieder" };

/** One provider: its contract segments (staff may record them for it) and every version of its notice. */
export default async function ProviderOptOutPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const actor = await requireRole("STAFF");
  const { organisationId } = await params;
  const procedure = await getCurrentProcedure();
  const [provider, segments] = await Promise.all([
    getProviderOptOut(actor, procedure.id, organisationId.slice(0, 40)).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listProcedureSegments(procedure.id),
  ]);
  const heldSegmentIds = [...new Set(provider.holdings.map((h) => h.segmentId))];

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/beheer/opzeggingen">← Alle opzeggingen</Link></p>
      <h1 className="text-2xl font-bold">Opzegging: {provider.organisationName}</h1>

      <Card title="Segmenten van de overeenkomst">
        <p className="mb-3 text-sm text-slate-700">
          {provider.holdings.length === 0
            ? "Er is nog niets vastgelegd."
            : `Nu vastgelegd: ${provider.holdings.map((h) => `${h.name} (${h.agreement})`).join(", ")}.`}{" "}
          Een wijziging komt in het auditlog.
        </p>
        <ProviderContractSegmentsForm
          organisationId={provider.organisationId}
          segments={segments}
          agreementType={provider.holdings[0]?.agreementType ?? null}
          heldSegmentIds={heldSegmentIds}
        />
      </Card>

      <Card title="Alle versies van de opzegging">
        {provider.versions.length === 0 ? (
          <p>Deze aanbieder heeft geen opzegging ingediend.</p>
        ) : (
          <NoticesTable
            caption={`Opzeggingen van ${provider.organisationName}, nieuwste eerst`}
            rows={provider.versions.map((notice) => ({ key: notice.id, notice }))}
          />
        )}
      </Card>
    </div>
  );
}
