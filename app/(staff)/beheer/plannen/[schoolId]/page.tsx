import type { Metadata } from "next";
import { PlanDetail } from "@/components/plan/plan-detail";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Plan van aanpak" };

export default async function StaffPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("STAFF");
  const { schoolId } = await params;
  return <PlanDetail actor={actor} schoolId={schoolId} backHref="/beheer/plannen" backLabel="Terug naar het overzicht van de plannen" />;
}
