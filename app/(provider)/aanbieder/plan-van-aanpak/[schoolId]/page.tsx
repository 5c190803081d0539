import type { Metadata } from "next";
import { PlanDetail } from "@/components/plan/plan-detail";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Plan van aanpak" };

export default async function ProviderPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("PROVIDER");
  const { schoolId } = await params;
  return <PlanDetail actor={actor} schoolId={schoolId} backHref="/aanbieder/plan-van-aanpak" backLabel="Terug naar de scholen" />;
}
