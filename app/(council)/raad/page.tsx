import type { Metadata } from "next";
import { RoleLanding } from "@/components/layout/role-landing";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Overzicht raad" };

export default async function CouncilHomePage() {
  const actor = await requireRole("COUNCIL");
  return <RoleLanding actor={actor} />;
}
