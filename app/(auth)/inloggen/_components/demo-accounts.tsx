import { Card } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/domain/actor";
import { DEMO_PASSWORD, demoAccounts } from "@/prisma/seed/demo-accounts";

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
    </Card>
  );
}
