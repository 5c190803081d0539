import type { Metadata } from "next";
import { PlansTable } from "@/components/plan/plans-table";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listPlans } from "@/lib/server/queries/plan";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Plannen van aanpak" };

/** The schools that chose this provider (published choice), with the state of each plan. */
export default async function ProviderPlansPage() {
  const actor = await requireRole("PROVIDER");
  const procedure = await getCurrentProcedure();
  const rows = await listPlans(actor, procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Plannen van aanpak</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Heeft een school u gekozen en is die keuze definitief (na de standstilltermijn), dan vult u hier uw deel van het plan van aanpak
          in: de aanpak per onderwerp, de inzet van jeugdhulpverleners voor het vaste bedrag per jaar, en de afspraken. Daarna ondertekenen
          u, de school en de gemeente het plan.
        </p>
      </div>
      {rows.length === 0 ? <Alert tone="info">U bent (nog) door geen enkele school gekozen.</Alert> : <PlansTable rows={rows} caption="Scholen die u hebben gekozen" hrefFor={(id) => `/aanbieder/plan-van-aanpak/${id}`} />}
    </div>
  );
}
