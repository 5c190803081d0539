import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getRealNow } from "@/lib/server/clock";
import { findUsableToken } from "@/lib/server/services/set-password";
import { SetPasswordForm } from "./_components/set-password-form";

export const metadata: Metadata = { title: "Wachtwoord instellen", referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const row = token.length <= 100 ? await findUsableToken(token, getRealNow()) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Wachtwoord instellen</h1>
      {row ? (
        <Card>
          <p className="mb-4 text-sm text-slate-700">
            Voor <strong>{row.user.email}</strong>. Kies een wachtwoord van minimaal 12 tekens; een zin van een paar woorden
            werkt goed. Plakken uit een wachtwoordmanager mag.
          </p>
          <SetPasswordForm token={token} />
        </Card>
      ) : (
        <Alert tone="error" title="Deze link werkt niet (meer)">
          De link is ongeldig, al gebruikt of verlopen. Vraag het Servicebureau om een nieuwe uitnodiging, of{" "}
          <Link href="/inloggen">log in</Link> als u al een wachtwoord heeft.
        </Alert>
      )}
    </div>
  );
}
