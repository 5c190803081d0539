"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signPlanAsMunicipalityAction, signPlanAsProviderAction, signPlanAsSchoolAction } from "@/lib/actions/plan";
import { signPlanSchema, type SignPlanInput } from "@/lib/schemas/plan";

const ACTIONS = { SCHOOL: signPlanAsSchoolAction, PROVIDER: signPlanAsProviderAction, MUNICIPALITY: signPlanAsMunicipalityAction } as const;

/**
 * Signs exactly the version shown: the hash on the page goes with the
 * request, and the server refuses when the current version has another.
 * Mounted whether or not the viewer may sign (then it shows `message`), so
 * that after signing the confirmation and receipt stay on screen when the
 * page refreshes into "signed" (key it by the version's hash).
 */
export function SignForm({ schoolId, as, versionNumber, contentSha256, defaultName, allowed, message: refusal, final }: {
  schoolId: string; as: keyof typeof ACTIONS; versionNumber: number; contentSha256: string; defaultName: string;
  /** Whether the viewer may sign now; otherwise `message` says why. */
  allowed: boolean; message: string | null; final: boolean;
}) {
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<SignPlanInput>({
    resolver: zodResolver(signPlanSchema),
    defaultValues: { schoolId, contentSha256, signerName: defaultName, signerFunction: "", confirm: false as unknown as true, idempotencyKey },
  });
  const action = useAction(ACTIONS[as], { onSuccess: () => router.refresh() });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);

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
      <TextField label="Uw naam" autoComplete="name" registration={form.register("signerName")} error={form.formState.errors.signerName} />
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
