"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { FieldFrame } from "@/components/form/field-frame";
import { useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitSchoolChoiceAction } from "@/lib/actions/selection-results";
import { explanationProblem } from "@/lib/domain/selection/explanation";
import { describeChoiceCount, validateSchoolChoice } from "@/lib/domain/selection/score-validation";

interface FormValues {
  providerIds: string[];
  motivation: string;
  advantages: string;
}

/** The school's choice of minChosen–maxChosen interviewed providers, with motivation and the advantages of the chosen plan. */
export function ChoiceForm({ schoolId, providers, minChosen, maxChosen, defaults }: {
  schoolId: string;
  providers: { id: string; name: string; eligible: boolean; note: string }[];
  minChosen: number;
  maxChosen: number;
  defaults: FormValues;
}) {
  const router = useRouter();
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const form = useForm<FormValues>({ defaultValues: defaults });
  const submit = useAction(submitSchoolChoiceAction, { onSuccess: () => { setKey(crypto.randomUUID()); router.refresh(); } });
  useServerFieldErrors(submit.result.serverError, form.setError);
  const errors = form.formState.errors;

  function onSubmit(values: FormValues) {
    // One checkbox alone may give a string or false instead of a list.
    const raw: unknown = values.providerIds;
    const providerIds = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" && raw !== "" ? [raw] : [];
    const found = validateSchoolChoice({ providerIds, motivation: values.motivation }, { minChosen, maxChosen, eligibleProviderIds: providers.filter((p) => p.eligible).map((p) => p.id) });
    if (explanationProblem(values.advantages) !== null) found.advantages = "Beschrijf in ten minste 5 woorden de kenmerken en relatieve voordelen van het gekozen plan.";
    const keys = Object.keys(found);
    keys.forEach((key, i) => form.setError(key as Path<FormValues>, { type: "client", message: found[key] }, { shouldFocus: i === 0 }));
    if (keys.length === 0) submit.execute({ schoolId, providerIds, motivation: values.motivation, advantages: values.advantages, idempotencyKey });
  }

  const receipt = submit.result.data?.receipt;
  return (
    <div className="space-y-4">
      {receipt ? (
        <div className="space-y-3">
          <Alert tone="success">Uw keuze is vastgelegd. Het Servicebureau publiceert de uitslag; tot dan kunt u een nieuwe versie indienen.</Alert>
          <ReceiptCard receipt={receipt} />
        </div>
      ) : null}
      <form noValidate className="space-y-4" aria-label="Keuze van de school" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <fieldset className="space-y-2" aria-describedby={errors.providerIds ? "keuze-aanbieders-error" : "keuze-aanbieders-hint"}>
          <legend className="font-semibold">Gekozen aanbieder(s)</legend>
          <p id="keuze-aanbieders-hint" className="text-sm text-slate-600">{describeChoiceCount(minChosen, maxChosen)} U kiest uit de aanbieders met wie een gesprek is gevoerd en beoordeeld.</p>
          {providers.map((p) => (
            <label key={p.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" value={p.id} disabled={!p.eligible} className="h-5 w-5" {...form.register("providerIds")} />
              <span>{p.name}{p.note ? <span className="text-sm text-slate-600"> — {p.note}</span> : null}</span>
            </label>
          ))}
          {errors.providerIds ? <p id="keuze-aanbieders-error" className="text-sm font-medium text-red-700">{errors.providerIds.message}</p> : null}
        </fieldset>
        <FieldFrame label="Motivering van de keuze" hint="De aanbieders lezen deze motivering na publicatie." error={errors.motivation}>
          {(control) => <textarea rows={5} maxLength={10_000} {...form.register("motivation")} {...control} />}
        </FieldFrame>
        <FieldFrame label="Kenmerken en relatieve voordelen van het gekozen plan" hint="Wat het gekozen plan kenmerkt en waarin het beter is dan de andere plannen." error={errors.advantages}>
          {(control) => <textarea rows={5} maxLength={10_000} {...form.register("advantages")} {...control} />}
        </FieldFrame>
        {submit.result.serverError && !submit.result.serverError.fieldErrors ? <Alert tone="error">{submit.result.serverError.message}</Alert> : null}
        <Button type="submit" disabled={submit.isPending}>{submit.isPending ? "Bezig…" : "Keuze indienen"}</Button>
      </form>
    </div>
  );
}
