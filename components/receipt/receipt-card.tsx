import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";

export interface ReceiptView {
  number: string;
  receivedAt: Date;
  organisationName: string;
  submittedByName: string;
  what: string;
  version: number;
  contentSha256: string;
}

/** The proof of a submission, as shown after submitting and on the receipt page. */
export function ReceiptCard({ receipt, showLink = true }: { receipt: ReceiptView; showLink?: boolean }) {
  return (
    <Card title="Ontvangstbewijs">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">Nummer</dt>
        <dd data-testid="receipt-number">{receipt.number}</dd>
        <dt className="font-medium">Ontvangen</dt>
        <dd>{formatDateTimeWithZone(receipt.receivedAt)} (tijd van de server)</dd>
        <dt className="font-medium">Ingediend door</dt>
        <dd>{receipt.submittedByName}, {receipt.organisationName}</dd>
        <dt className="font-medium">Wat</dt>
        <dd>{receipt.what}, versie {receipt.version}</dd>
        <dt className="font-medium">SHA-256 van de inhoud</dt>
        <dd className="break-all font-mono text-xs">{receipt.contentSha256}</dd>
      </dl>
      {showLink ? (
        <p className="mt-3 text-sm">
          <Link href={`/bewijs/${receipt.number}`}>Ontvangstbewijs bekijken en bewaren</Link>
        </p>
      ) : null}
    </Card>
  );
}
