"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fixInterviewInvitationsAction } from "@/lib/actions/selection-results";

/**
 * Fixing the invitations of one school, in two steps. With a tie at the
 * cut-off staff first choose: a draw in the portal (the server draws the seed)
 * or inviting all tied providers with a reason.
 */
export function InvitationForm({ schoolId, schoolName, tie }: {
  schoolId: string;
  schoolName: string;
  /** null: no tie at the cut-off. */
  tie: { names: string[]; openSlots: number } | null;
}) {
  const router = useRouter();
  const [method, setMethod] = useState<"" | "DRAW" | "INVITE_ALL">("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending } = useAction(fixInterviewInvitationsAction, { onSuccess: () => router.refresh() });
  const error = result.serverError;
  const fieldErrors = error?.fieldErrors ?? {};

  if (result.data) {
    return <Alert tone="success">De uitnodigingen voor {schoolName} zijn vastgelegd: {result.data.invited} uitgenodigd, {result.data.notInvited} niet uitgenodigd.</Alert>;
  }
  return (
    <div className="space-y-4">
      {tie ? (
        <fieldset className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
          <legend className="px-1 font-semibold text-amber-950">Gelijke stand op de grens: {tie.names.join(", ")} strijden om {tie.openSlots === 1 ? "1 plaats" : `${tie.openSlots} plaatsen`}</legend>
          <label className="flex min-h-11 items-start gap-2">
            <input type="radio" name="tieMethod" value="DRAW" className="mt-1 h-5 w-5" checked={method === "DRAW"} onChange={() => setMethod("DRAW")} />
            <span>Loten in het portaal. De server kiest een willekeurige startwaarde (seed); seed, deelnemers en uitkomst worden vastgelegd. Het Servicebureau en de school zien de hele loting en kunnen haar naspelen; iedere aanbieder in de loting ziet de seed, alle loten en zijn eigen lot, en kan dat lot controleren.</span>
          </label>
          <label className="flex min-h-11 items-start gap-2">
            <input type="radio" name="tieMethod" value="INVITE_ALL" className="mt-1 h-5 w-5" checked={method === "INVITE_ALL"} onChange={() => setMethod("INVITE_ALL")} />
            <span>Alle gelijk geëindigde aanbieders uitnodigen, met een vastgelegde reden.</span>
          </label>
          {fieldErrors.tieMethod ? <p className="text-sm font-medium text-red-700">{fieldErrors.tieMethod}</p> : null}
          <div className="space-y-1">
            <label htmlFor="tie-reason" className="block text-sm font-medium">Reden {method === "INVITE_ALL" ? "(verplicht)" : "(optioneel bij loting)"}</label>
            <textarea id="tie-reason" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)}
              aria-invalid={fieldErrors.reason ? true : undefined} aria-describedby={fieldErrors.reason ? "tie-reason-error" : undefined}
              className={`block w-full rounded-md border px-3 py-2 ${fieldErrors.reason ? "border-red-600" : "border-slate-400"}`} />
            {fieldErrors.reason ? <p id="tie-reason-error" className="text-sm font-medium text-red-700">{fieldErrors.reason}</p> : null}
          </div>
        </fieldset>
      ) : null}
      {error ? <Alert tone="error">{formLevelMessage(error) ?? error.message}</Alert> : null}
      {confirming ? (
        <div role="group" aria-labelledby="uitnodigen-vraag" className="space-y-3 rounded-md border border-slate-300 p-4">
          <p id="uitnodigen-vraag" className="font-semibold">
            {method === "DRAW" ? "Nu loten en de uitnodigingen vastleggen?" : "De uitnodigingen vastleggen?"}
          </p>
          <p className="text-sm">Dit gebeurt één keer en wordt vastgelegd in het auditlog; daarna veranderen de uitnodigingen niet meer.</p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={isPending} onClick={() => execute({ schoolId, tieMethod: tie ? method : "", reason })}>
              {isPending ? "Bezig…" : method === "DRAW" ? "Ja, loot nu" : "Ja, leg vast"}
            </Button>
            <Button variant="secondary" disabled={isPending} onClick={() => setConfirming(false)}>Annuleren</Button>
          </div>
        </div>
      ) : (
        <Button disabled={tie !== null && method === ""} onClick={() => setConfirming(true)}>Uitnodigingen vastleggen…</Button>
      )}
    </div>
  );
}
