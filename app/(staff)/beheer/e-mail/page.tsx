import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { redactTokenLinks } from "@/lib/domain/mail-redaction";
import { requireRole } from "@/lib/server/auth";
import { isSmtpConfigured, listOutboundEmail, type OutboundEmailDto } from "@/lib/server/mail-delivery";

export const metadata: Metadata = { title: "Uitgaande e-mail" };

const SHOWN = 200;

function Status({ message, smtp }: { message: OutboundEmailDto; smtp: boolean }) {
  if (message.sentAt) return <Badge tone="success">Verzonden {formatDateTimeWithZone(message.sentAt)}</Badge>;
  if (message.error) return <Badge tone="warning">{message.givenUp ? "Niet verzonden (opgegeven)" : "Mislukt, wordt opnieuw geprobeerd"}</Badge>;
  return <Badge tone={smtp ? "info" : "neutral"}>{smtp ? "Wacht op verzending" : "Niet verzonden (geen SMTP)"}</Badge>;
}

/**
 * The outbox: every message the portal queued, newest first. With SMTP the
 * mail goes to its recipient, so token links are shown redacted (whoever has
 * one can take over the account); without SMTP (demo) this page is the
 * delivery and shows them whole.
 */
export default async function OutboundEmailPage() {
  await requireRole("STAFF");
  const smtp = isSmtpConfigured();
  const messages = await listOutboundEmail(SHOWN);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Uitgaande e-mail</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          Alle e-mail die het portaal verstuurt, nieuwste eerst{messages.length === SHOWN ? ` (de laatste ${SHOWN})` : ""}.
        </p>
      </div>
      {smtp ? (
        <Alert tone="info">
          Er is een SMTP-server ingesteld: berichten worden binnen enkele seconden verzonden. Links om een wachtwoord in te stellen
          of een e-mailadres te bevestigen zijn hier verborgen: alleen de ontvanger kan ze gebruiken.
        </Alert>
      ) : (
        <Alert tone="info">
          Er is geen SMTP-server ingesteld (demo): er wordt niets verzonden. Alle berichten worden hier bewaard, zodat u ze kunt
          lezen.
        </Alert>
      )}
      <Card title={`Berichten (${messages.length})`}>
        {messages.length === 0 ? (
          <p>Er is nog geen e-mail.</p>
        ) : (
          <ul className="space-y-3" aria-label="Uitgaande e-mail">
            {messages.map((m) => (
              <li key={m.id} className="space-y-1 rounded border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Status message={m} smtp={smtp} />
                  <span className="text-slate-700">Aangemaakt {formatDateTimeWithZone(m.createdAt)}</span>
                </p>
                <p><span className="font-medium">Aan:</span> {m.toAddress}</p>
                <p><span className="font-medium">Onderwerp:</span> {m.subject}</p>
                {m.error && !m.sentAt ? <p className="text-sm text-amber-900"><span className="font-medium">Fout:</span> {m.error}</p> : null}
                <details>
                  <summary className="cursor-pointer text-sm">Tekst van het bericht</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-sans text-sm">{smtp ? redactTokenLinks(m.textBody) : m.textBody}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
