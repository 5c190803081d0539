import type { Metadata } from "next";
import { PlansTable } from "@/components/plan/plans-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { timeRemaining } from "@/lib/domain/countdown";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { lastIncludedMinute } from "@/lib/domain/timeline";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { listPlans } from "@/lib/server/queries/plan";
import { getPlanEmployeeLimits } from "@/lib/server/queries/plan-terms";
import { getCurrentProcedure, listMilestones } from "@/lib/server/queries/procedure";
import { MaxEmployeesForm } from "./_components/max-employees-form";

export const metadata: Metadata = { title: "Plannen van aanpak" };

/** Dashboard: every school's plan, which parties signed, what is missing, and the time left in the signing window; the employee limit of the contract terms. */
export default async function StaffPlansPage() {
  const actor = await requireRole("STAFF");
  const procedure = await getCurrentProcedure();
  const now = await getNow();
  const [rows, milestones, limits] = await Promise.all([listPlans(actor, procedure.id, now), listMilestones(procedure.id), getPlanEmployeeLimits(procedure.id)]);
  const window = milestones.find((m) => m.key === "PLAN_OF_APPROACH");
  const final = rows.filter((r) => r.status === "FINAL").length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Plannen van aanpak</h1>
        <p className="mt-2 text-slate-800">{final} van de {rows.length} plannen zijn definitief.</p>
      </div>
      {window?.closesAt ? (
        <Alert tone={now >= window.closesAt ? "warning" : "info"}>
          De ondertekeningstermijn loopt tot en met {formatDateTimeWithZone(lastIncludedMinute(window.closesAt))}: {timeRemaining(now, window.closesAt)}.
          Herinneringen gaan 14, 7 en 2 dagen voor de sluiting per e-mail naar de partijen die nog niet hebben ondertekend.
        </Alert>
      ) : null}
      <PlansTable rows={rows} caption="Plannen van aanpak per school" hrefFor={(id) => `/beheer/plannen/${id}`} showMunicipality showIncomplete />
      <Card title="Contractvoorwaarde: aantal medewerkers per school">
        <div className="space-y-3">
          <p className="text-sm">
            Elk plan van aanpak zet {limits.text} in; dat staat als voorwaarde in elk plan en wordt getoetst als een plan wordt vastgelegd voor ondertekening.
          </p>
          {limits.lockedMessage ? <Alert tone="info">{limits.lockedMessage}</Alert> : <MaxEmployeesForm maxEmployees={limits.maxEmployees} />}
        </div>
      </Card>
    </div>
  );
}
