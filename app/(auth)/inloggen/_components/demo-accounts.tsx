import { Card } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/domain/actor";
import { formatSecretForTyping } from "@/lib/domain/second-factor";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts } from "@/prisma/seed/demo-accounts";

/** Demo mode only: the accounts to try, so a visitor can walk through every role. */
export function DemoAccounts() {
  return (
    <Card title="Demo-accounts">
      <p className="text-sm text-slate-700">
        Alleen in de demomodus. Wachtwoord voor alle accounts: <code className="font-mono">{DEMO_PASSWORD}</code>
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {Object.values(demoAccounts).map((a) => (
          <li key={a.email}>
            <span className="font-medium">{ROLE_LABELS[a.role]}</span> ({a.organisation}):{" "}
            <code className="font-mono break-all">{a.email}</code>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-700">
        Medewerkers van het Servicebureau loggen in met tweestapsverificatie. In de demo toont het inlogscherm de code;
        wilt u uw eigen app gebruiken, voeg dan deze sleutel toe:{" "}
        <code className="font-mono break-all">{formatSecretForTyping(DEMO_TOTP_SECRET)}</code>
      </p>
    </Card>
  );
}
