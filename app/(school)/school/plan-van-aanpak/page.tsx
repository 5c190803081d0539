import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlansTable } from "@/components/plan/plans-table";
import { Alert } from "@/components/ui/alert";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listPlans } from "@/lib/server/queries/plan";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";

export const metadata: Metadata = { title: "Plan van aanpak" };

/** The plan of the own school (straight to it when the organisation has one school). */
export default async function SchoolPlansPage() {
  const actor = await requireRole("SCHOOL");
  const procedure = await getCurrentProcedure();
  const rows = await listPlans(actor, procedure.id, await getNow());
  if (rows.length === 1) redirect(`/school/plan-van-aanpak/${rows[0]!.schoolId}`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Plan van aanpak</h1>
      {rows.length === 0 ? <Alert tone="info">Uw organisatie heeft geen school in deze procedure.</Alert> : <PlansTable rows={rows} caption="Plannen van uw scholen" hrefFor={(id) => `/school/plan-van-aanpak/${id}`} />}
    </div>
  );
}
