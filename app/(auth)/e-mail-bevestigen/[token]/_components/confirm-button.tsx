"use client";
import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { WayOutLinks } from "@/components/account/way-out-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmEmailAction } from "@/lib/actions/registration";

/** A deliberate click (not the page load) confirms, so link scanners in mail systems do not. */
export function ConfirmButton({ token }: { token: string }) {
  const confirm = useAction(confirmEmailAction);
  if (confirm.result.data) {
    return <Alert tone="success" title="Uw e-mailadres is bevestigd">U kunt nu <Link href="/inloggen">inloggen</Link> met {confirm.result.data.email}.</Alert>;
  }
  return (
    <div className="space-y-3">
      {confirm.result.serverError ? (
        <Alert tone="error">
          {confirm.result.serverError.message}
          {confirm.result.serverError.code === "NOT_FOUND" ? <WayOutLinks way="confirmation" /> : null}
        </Alert>
      ) : null}
      <Button disabled={confirm.isPending} onClick={() => confirm.execute({ token })}>{confirm.isPending ? "Bezig…" : "Bevestig mijn e-mailadres"}</Button>
    </div>
  );
}
