import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ROLE_HOME } from "@/lib/domain/actor";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import { formatSecretForTyping } from "@/lib/domain/second-factor";
import { getActor, getLoginAwaitingSecondFactor, SECOND_FACTOR_SETUP_PATH } from "@/lib/server/auth";
import { beginTotpSetup, secondFactorStatus } from "@/lib/server/services/second-factor";
import { RegenerateCodesForm } from "./_components/regenerate-codes-form";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Tweestapsverificatie" };

/**
 * Two-step verification with an authenticator app. Staff must set it up at
 * their first login (every other page sends them here until they have);
 * other users may turn it on.
 */
export default async function SecondFactorPage() {
  const actor = await getActor();
  const pending = actor ? null : await getLoginAwaitingSecondFactor();
  const me = actor ?? pending;
  if (!me) redirect(`/inloggen?terug=${encodeURIComponent(SECOND_FACTOR_SETUP_PATH)}`);
  const status = await secondFactorStatus(me.userId);

  if (status.enabledAt) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">Tweestapsverificatie</h1>
        <Alert tone="success" title="Tweestapsverificatie staat aan">
          Sinds {formatDateTimeWithZone(status.enabledAt)}. Bij het inloggen vragen we na uw wachtwoord de code uit uw
          authenticator-app.
        </Alert>
        <Card title="Herstelcodes">
          <p className="text-sm">
            U heeft nog <strong>{status.recoveryCodesLeft}</strong> ongebruikte{" "}
            {status.recoveryCodesLeft === 1 ? "herstelcode" : "herstelcodes"}. Elke code werkt één keer, voor als u uw
            telefoon kwijt bent. Maakt u nieuwe codes, dan werken de oude niet meer.
          </p>
          <div className="mt-4">
            <RegenerateCodesForm />
          </div>
        </Card>
      </div>
    );
  }

  const setup = await beginTotpSetup(me);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tweestapsverificatie instellen</h1>
      {pending ? (
        <Alert tone="info" title="Nodig voordat u verder kunt">
          Medewerkers van het Servicebureau beveiligen hun account met een tweede stap: een code uit een
          authenticator-app op uw telefoon. Stel die nu in; het duurt ongeveer twee minuten.
        </Alert>
      ) : null}
      <Card title="1. Installeer een authenticator-app">
        <p className="text-sm">
          Bijvoorbeeld Microsoft Authenticator, Google Authenticator, FreeOTP of de wachtwoordmanager van uw organisatie.
        </p>
      </Card>
      <Card title="2. Voeg uw account toe">
        <div className="flex flex-wrap items-start gap-6">
          <div
            className="h-48 w-48 shrink-0 bg-white"
            role="img"
            aria-label="QR-code om uw account aan uw authenticator-app toe te voegen"
            dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          />
          <div className="min-w-0 space-y-2 text-sm">
            <p>Scan de QR-code met de app. Lukt scannen niet, kies dan in de app voor handmatig invoeren met:</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">Account</dt>
              <dd className="break-all">{me.email}</dd>
              <dt className="font-semibold">Sleutel</dt>
              <dd>
                <code className="font-mono break-all" data-testid="totp-secret">{formatSecretForTyping(setup.secret)}</code>
              </dd>
              <dt className="font-semibold">Type</dt>
              <dd>Op tijd gebaseerd, 6 cijfers, 30 seconden</dd>
            </dl>
          </div>
        </div>
      </Card>
      <Card title="3. Controleer de code">
        <SetupForm homePath={ROLE_HOME[me.role]} />
      </Card>
    </div>
  );
}
