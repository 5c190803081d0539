"use client";
import { useAction } from "next-safe-action/hooks";
import { resetSecondFactorAction } from "@/lib/actions/second-factor";

/**
 * Staff: reset a colleague's two-step verification (phone and recovery codes
 * lost). Their logins end; they set it up again at the next login.
 */
export function ResetSecondFactorButton({ userId, name }: { userId: string; name: string }) {
  const action = useAction(resetSecondFactorAction);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={action.isPending}
        onClick={() => {
          if (window.confirm(`Tweestapsverificatie van ${name} resetten? ${name} wordt uitgelogd en stelt die bij de volgende keer inloggen opnieuw in.`)) {
            action.execute({ userId });
          }
        }}
        className="min-h-11 rounded-md px-2 text-sm font-semibold text-brand-700 underline"
      >
        Tweestapsverificatie resetten
      </button>
      {action.result.serverError ? <span role="alert" className="text-sm text-red-700">{action.result.serverError.message}</span> : null}
    </span>
  );
}
