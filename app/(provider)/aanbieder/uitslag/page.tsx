import type { Metadata } from "next";
import { ProviderResultView } from "@/components/selection-results/provider-result";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { listOwnResults } from "@/lib/server/queries/selection-outcomes";

export const metadata: Metadata = { title: "Uitslag van de selectie" };

export default async function ProviderResultsPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const results = await listOwnResults(actor, procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Uitslag van de selectie</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Per school waarvoor u een plan indiende: uw eigen scores en toelichtingen, de motivering van de school, de gekozen
          aanbieder(s) en de kenmerken en voordelen van het gekozen plan. U ziet een uitslag zodra het Servicebureau die publiceert;
          daarna loopt een standstilltermijn van {procedure.standstillDays} kalenderdagen voordat de keuze definitief is.
        </p>
      </div>
      {results.length === 0 ? (
        <Card title="Nog geen uitslag"><p>Er is nog geen uitslag gepubliceerd van een school waarvoor u een plan indiende.</p></Card>
      ) : results.map((r) => <ProviderResultView key={r.schoolId} result={r} headingId={`uitslag-${r.schoolId}`} />)}
    </div>
  );
}
