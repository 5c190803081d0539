import type { Metadata } from "next";
import { OwnReactions } from "@/components/reactions/own-reactions";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Reacties" };

export default async function CouncilReactionsPage() {
  const actor = await requireRole("COUNCIL");
  return <OwnReactions actor={actor} />;
}
