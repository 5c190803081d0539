import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Card } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import { getActor } from "@/lib/server/auth";
import { getReceiptView } from "@/lib/server/queries/receipts";

export const metadata: Metadata = { title: "Ontvangstbewijs" };

/** A receipt, for the submitting organisation and for staff; anyone else gets 404. */
export default async function ReceiptPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await getActor();
  const { number } = await params;
  if (!actor) redirect(`/inloggen?terug=${encodeURIComponent(`/bewijs/${number}`)}`);
  const receipt = await getReceiptView(actor, number.slice(0, 40)).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Ontvangstbewijs {receipt.number}</h1>
      <ReceiptCard receipt={receipt} showLink={false} />
      <p>
        <a href={`/bewijs/${receipt.number}/download`}>Download het ontvangstbewijs (JSON, met de inhoud waarover de SHA-256 is berekend)</a>
      </p>
      <Card title="Ingediende inhoud">
        <p className="mb-2 text-sm text-slate-700">
          Dit is de inhoud zoals ontvangen, in canonieke vorm. De SHA-256 hierboven is over precies deze tekst berekend; u kunt
          die zelf narekenen.
        </p>
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-3 text-xs" tabIndex={0}>
          {receipt.canonicalContent}
        </pre>
      </Card>
    </div>
  );
}
