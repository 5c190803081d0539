import type { Metadata } from "next";
import Link from "next/link";
import { PlanView } from "@/components/selection/plan-view";
import { RefusalPage, refusalOf } from "@/components/selection/refusal";
import { requireRole } from "@/lib/server/auth";
import { getNow } from "@/lib/server/clock";
import { getCurrentProcedure } from "@/lib/server/queries/procedure";
import { getPlanForReader } from "@/lib/server/queries/written-plan";

export const metadata: Metadata = { title: "Schriftelijk plan" };

export default async function StaffPlanPage({ params }: { params: Promise<{ schoolId: string; providerId: string }> }) {
  const actor = await requireRole("STAFF");
  const { schoolId, providerId } = await params;
  const procedure = await getCurrentProcedure();
  const view = await getPlanForReader(actor, procedure.id, schoolId.slice(0, 40), providerId.slice(0, 40), await getNow()).catch(refusalOf);
  const back = { href: `/beheer/selectie/${schoolId}`, label: "Terug naar de school" };
  if ("refused" in view) return <RefusalPage title="Schriftelijk plan" message={view.refused} back={back} />;
  return (
    <div className="space-y-6">
      <p><Link href={back.href}>{back.label}</Link></p>
      <h1 className="text-2xl font-bold">Plan van {view.plan.provider.name} voor {view.school.name}</h1>
      <PlanView plan={view.plan} topics={view.topics} />
    </div>
  );
}
