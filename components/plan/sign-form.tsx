"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldFrame } from "@/components/form/field-frame";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signPlanAsMunicipalityAction, signPlanAsProviderAction, signPlanAsSchoolAction } from "@/lib/actions/plan";
import { signPlanSchema, type SignPlanInput } from "@/lib/schemas/plan";

const ACTIONS = { SCHOOL: signPlanAsSchoolAction, PROVIDER: signPlanAsProviderAction, MUNICIPALITY: signPlanAsMunicipalityAction } as const;

/**
 * What a refused signature (CONFLICT: the version changed, or was signed
 * meanwhile) hands to the form of the version the page refreshes into: the
 * form is keyed by the version's hash, so it mounts anew (unticked box, new
 * idempotency key: the new version must be confirmed deliberately), and
 * takes the typed function and the server's explanation from here. Client
 * memory only, per school; written only in the browser.
 */
const carried = new Map<string, { fromSha256: string; signerFunction: string; notice: string }>();

/**
 * Signs exactly the version shown: the hash on the page goes with the
 * request, and the server refuses when the current version has another; the
 * page then refreshes to show the new version and its hash.
 * The signer is the logged-in account: name and e-mail address are shown
 * read-only and the server takes them from the session, not from the form.
 * Mounted whether or not the viewer may sign (then it shows `message`), so
 * that after signing the confirmation and receipt stay on screen when the
 * page refreshes into "signed" (key it by the version's hash).
 */
export function SignForm({ schoolId, as, versionNumber, contentSha256, signerName, signerEmail, allowed, message: refusal, final }: {
  schoolId: string; as: keyof typeof ACTIONS; versionNumber: number; contentSha256: string;
  /** The logged-in account's name and e-mail address. */
  signerName: string; signerEmail: string;
  /** Whether the viewer may sign now; otherwise `message` says why. */
  allowed: boolean; message: string | null; final: boolean;
}) {
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [previous] = useState(() => {
    const c = carried.get(schoolId);
    return c && c.fromSha256 !== contentSha256 ? c : null;
  });
  useEffect(() => {
    if (previous) carried.delete(schoolId);
  }, [previous, schoolId]);
  const form = useForm<SignPlanInput>({
    resolver: zodResolver(signPlanSchema),
    defaultValues: { schoolId, contentSha256, signerFunction: previous?.signerFunction ?? "", confirm: false as unknown as true, idempotencyKey },
  });
  const action = useAction(ACTIONS[as], {
    onSuccess: () => router.refresh(),
    onError: ({ error, input }) => {
      if (error.serverError?.code !== "CONFLICT") return;
      // Show the version that is current now (its hash), keeping what the signer typed.
      carried.set(schoolId, { fromSha256: contentSha256, signerFunction: input.signerFunction, notice: error.serverError.message });
      router.refresh();
    },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError) ?? previous?.notice ?? null;

  if (action.result.data) {
    return (
      <div className="space-y-3">
        <Alert tone="success">U heeft versie {versionNumber} ondertekend.</Alert>
        <ReceiptCard receipt={action.result.data.receipt} />
      </div>
    );
  }
  if (!allowed) return refusal ? <Alert tone={final ? "success" : "info"}>{refusal}</Alert> : null;
  return (
    <form noValidate className="space-y-3" onSubmit={form.handleSubmit((v) => action.execute({ ...v, schoolId, contentSha256, idempotencyKey }))}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <p className="text-sm">U ondertekent versie {versionNumber} met SHA-256 <span className="break-all font-mono text-xs">{contentSha256}</span>.</p>
      <FieldFrame label="Uw naam" hint={`U ondertekent met uw eigen account (${signerEmail}); naam en e-mailadres komen op de ondertekening.`}>
        {(control) => <input {...control} className={`${control.className} bg-slate-100`} type="text" value={signerName} readOnly />}
      </FieldFrame>
      <TextField label="Uw functie" registration={form.register("signerFunction")} error={form.formState.errors.signerFunction} />
      <div className="flex items-start gap-2">
        <input id="ondertekenen-bevestigen" type="checkbox" className="mt-1 h-5 w-5" aria-describedby={form.formState.errors.confirm ? "ondertekenen-bevestigen-fout" : undefined} {...form.register("confirm")} />
        <label htmlFor="ondertekenen-bevestigen" className="text-sm">Ik ben bevoegd om namens mijn organisatie te ondertekenen en onderteken deze versie van het plan van aanpak.</label>
      </div>
      {form.formState.errors.confirm ? <p id="ondertekenen-bevestigen-fout" className="text-sm font-medium text-red-700">{form.formState.errors.confirm.message}</p> : null}
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met ondertekenen…" : `Versie ${versionNumber} ondertekenen`}</Button>
    </form>
  );
}
