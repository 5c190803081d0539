import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "./_components/confirm-button";

export const metadata: Metadata = { title: "E-mailadres bevestigen", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">E-mailadres bevestigen</h1>
      <Card><ConfirmButton token={token.slice(0, 100)} /></Card>
    </div>
  );
}
