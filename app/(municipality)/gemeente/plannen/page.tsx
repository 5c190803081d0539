import type { Metadata } from "next";
import { PlansTable } from "@/components/plan/plans-table";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listPlans } from "@/lib/server/queries/plan";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Plannen van aanpak" };

/** The plans of the schools in the own municipality, to read and sign. */
export default async function MunicipalityPlansPage() {
  const actor = await requireRole("MUNICIPALITY");
  const procedure = await getCurrentProcedure();
  const rows = await listPlans(actor, procedure.id, await getNow());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Plannen van aanpak</h1>
        <p className="mt-2 max-w-3xl text-slate-800">De gemeente ondertekent het plan van aanpak van iedere school in de gemeente, nadat het is vastgelegd voor ondertekening.</p>
      </div>
      {rows.length === 0 ? <Alert tone="info">Er liggen geen deelnemende scholen in uw gemeente.</Alert> : <PlansTable rows={rows} caption="Plannen van scholen in uw gemeente" hrefFor={(id) => `/gemeente/plannen/${id}`} />}
    </div>
  );
}
