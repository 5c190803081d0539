import type { Metadata } from "next";
import { PlanDetail } from "@/components/plan/plan-detail";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Plan van aanpak" };

export default async function SchoolPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const actor = await requireRole("SCHOOL");
  const { schoolId } = await params;
  return <PlanDetail actor={actor} schoolId={schoolId} backHref="/school" backLabel="Terug naar het overzicht" />;
}
