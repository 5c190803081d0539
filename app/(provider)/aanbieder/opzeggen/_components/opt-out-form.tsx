"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useEffect } from "react";
import { Controller, useWatch } from "react-hook-form";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { CheckboxGroup, RadioGroup } from "@/components/opt-out/choice-fields";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitOptOutAction } from "@/lib/actions/opt-out";
import { OPT_OUT_SCOPE_LABELS, OPT_OUT_SCOPES } from "@/lib/domain/opt-out";
import { submitOptOutSchema } from "@/lib/schemas/opt-out";

/** A fresh key per submit attempt; getRandomValues also works where randomUUID does not (plain http). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function OptOutForm({ heldSegments, currentNotice, defaultNoticeOn, initialKey, windowOpen, windowText }: {
  heldSegments: { id: string; name: string }[];
  currentNotice: { id: string; version: number } | null;
  /** Today (Europe/Amsterdam, server clock). */
  defaultNoticeOn: string;
  /** Generated on the server, so the first render needs no randomness in the browser. */
  initialKey: string;
  windowOpen: boolean;
  windowText: string;
}) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(submitOptOutAction, zodResolver(submitOptOutSchema), {
    formProps: {
      defaultValues: {
        scope: undefined, segmentIds: [], noticeOn: defaultNoticeOn, signatoryName: "", signatoryFunction: "",
        replacesNoticeId: currentNotice?.id ?? "", idempotencyKey: initialKey,
      },
    },
  });
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const message = formLevelMessage(serverError);
  const done = action.result.data;
  useEffect(() => {
    // The next submit replaces this notice and is a new attempt with its own key.
    if (!done) return;
    form.setValue("replacesNoticeId", done.noticeId);
    form.setValue("idempotencyKey", newIdempotencyKey());
  }, [done, form]);
  const scope = useWatch({ control: form.control, name: "scope" });
  const errors = form.formState.errors;

  return (
    <div className="space-y-4">
      {!windowOpen ? (
        <Alert tone="warning" title="Indienen kan nu niet">
          {windowText} Het formulier is daarom uitgeschakeld.
        </Alert>
      ) : null}
      {message ? <Alert tone="error">{message}</Alert> : null}
      {done ? (
        <>
          <Alert tone="success">
            {done.replayed
              ? "Deze opzegging was al ontvangen; hieronder staat het oorspronkelijke ontvangstbewijs."
              : `Uw opzegging is ontvangen (versie ${done.receipt.version}). Bewaar het ontvangstbewijs.`}
          </Alert>
          <ReceiptCard receipt={done.receipt} />
        </>
      ) : null}
      <form onSubmit={handleSubmitWithAction} noValidate aria-label="Opzegging indienen">
        <fieldset disabled={!windowOpen || action.isPending} className="space-y-4">
          <RadioGroup
            legend="Wat zegt u op?"
            options={OPT_OUT_SCOPES.map((s) => ({ value: s, label: OPT_OUT_SCOPE_LABELS[s] }))}
            registration={form.register("scope")}
            error={errors.scope}
          />
          {scope === "SEGMENTS" ? (
            <Controller
              control={form.control}
              name="segmentIds"
              render={({ field, fieldState }) => (
                <CheckboxGroup
                  legend="Segmenten die u opzegt"
                  hint="U kunt alleen segmenten kiezen die in uw huidige overeenkomst staan."
                  options={heldSegments.map((s) => ({ value: s.id, label: s.name }))}
                  value={field.value ?? []}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error}
                />
              )}
            />
          ) : scope === "WHOLE_AGREEMENT" ? (
            <p className="text-sm text-slate-800">U zegt alle segmenten van uw overeenkomst op: {heldSegments.map((s) => s.name).join(", ")}.</p>
          ) : null}
          <TextField label="Datum van de opzegging" type="date" registration={form.register("noticeOn")} error={errors.noticeOn} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Naam van de ondertekenaar" autoComplete="name" registration={form.register("signatoryName")} error={errors.signatoryName} />
            <TextField label="Functie van de ondertekenaar" autoComplete="organization-title" registration={form.register("signatoryFunction")} error={errors.signatoryFunction} />
          </div>
          <p className="text-sm text-slate-700">
            {currentNotice
              ? `Deze opzegging vervangt uw huidige opzegging (versie ${currentNotice.version}); die blijft met haar ontvangstbewijs bewaard.`
              : "Na het indienen krijgt u direct een ontvangstbewijs. Een latere opzegging binnen de termijn vervangt deze."}
          </p>
          <Button type="submit">{action.isPending ? "Bezig met indienen…" : "Opzegging indienen"}</Button>
        </fieldset>
      </form>
    </div>
  );
}
