import type { Metadata } from "next";
import { OwnReactions } from "@/components/reactions/own-reactions";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Reacties" };

export default async function ProviderReactionsPage() {
  const actor = await requireRole("PROVIDER");
  return <OwnReactions actor={actor} />;
}
