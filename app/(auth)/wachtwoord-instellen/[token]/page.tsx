import type { Metadata } from "next";
import { WayOutLinks } from "@/components/account/way-out-links";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getRealNow } from "@/lib/server/clock";
import { checkPasswordLink } from "@/lib/server/services/set-password";
import { SetPasswordForm } from "./_components/set-password-form";

export const metadata: Metadata = { title: "Wachtwoord instellen", referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkPasswordLink(token, getRealNow());
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Wachtwoord instellen</h1>
      {check.ok ? (
        <Card>
          <p className="mb-4 text-sm text-slate-700">
            Voor <strong>{check.row.user.email}</strong>. Kies een wachtwoord van minimaal 12 tekens; een zin van een paar woorden
            werkt goed. Plakken uit een wachtwoordmanager mag.
          </p>
          <SetPasswordForm token={token} />
        </Card>
      ) : (
        <Alert tone="error" title="Deze link werkt niet (meer)">
          {check.message}
          {check.code === "NOT_FOUND" ? <WayOutLinks way="password" /> : null}
        </Alert>
      )}
    </div>
  );
}
