import type { Metadata } from "next";
import { PlanDetail } from "@/components/plan/plan-detail";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Plan van aanpak" };

export default async function MunicipalityPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("MUNICIPALITY");
  const { schoolId } = await params;
  return <PlanDetail actor={actor} schoolId={schoolId} backHref="/gemeente/plannen" backLabel="Terug naar de plannen" />;
}
