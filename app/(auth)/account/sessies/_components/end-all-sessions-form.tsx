"use client";
import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { endAllSessionsAction } from "@/lib/actions/sessions";

export function EndAllSessionsForm({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const { execute, isPending, result } = useAction(endAllSessionsAction, {
    // The login is already ended on the server; this clears the cookie and goes to the login page.
    onSuccess: () => void signOut({ callbackUrl: "/inloggen" }),
  });
  const message = formLevelMessage(result.serverError);
  const busy = isPending || result.data !== undefined;

  return (
    <div className="space-y-3">
      <p className="text-sm">
        Beëindigt al uw sessies ({count}), ook deze. U moet daarna overal opnieuw inloggen.
      </p>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {confirming ? (
        <div className="space-y-3">
          <Alert tone="warning" title="Weet u het zeker?">
            U wordt op alle apparaten uitgelogd, ook hier.
          </Alert>
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => execute()}>{busy ? "Bezig met uitloggen…" : "Ja, overal uitloggen"}</Button>
            <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>Annuleren</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>Overal uitloggen</Button>
      )}
    </div>
  );
}
