"use client";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import Link from "next/link";
import { useDeferredValue, useMemo } from "react";
import { get, useWatch, type UseFormReturn } from "react-hook-form";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveBudgetVersionAction } from "@/lib/actions/budget";
import { computeFromForm, type BudgetFormValues, type BudgetStructure } from "@/lib/domain/budget-form";
import { BudgetTextarea } from "./budget-field";
import { ClustersFieldset } from "./clusters-fieldset";
import { ContractYearsFieldset } from "./contract-years-fieldset";
import { budgetResolver, focusFirstError, type ErrorLookup } from "./form-support";
import { LiveBreakdown, type LiveResult } from "./live-breakdown";
import { PercentagesFieldset } from "./percentages-fieldset";
import { RolesFieldset } from "./roles-fieldset";
import { SchoolsFieldset } from "./schools-fieldset";

type BudgetForm = UseFormReturn<BudgetFormValues, unknown, BudgetFormValues>;
type ShownError = { type?: string; message?: string };

function computeLive(values: BudgetFormValues, structure: BudgetStructure): LiveResult {
  try {
    return computeFromForm(values, structure);
  } catch {
    return { errors: { form: "Deze gegevens kunnen (nog) niet worden doorgerekend." } };
  }
}

/**
 * The parameters of a new budget version. Every change is recomputed at once
 * with the same pure code the server runs before it saves; errors of the
 * budget rules appear under their field after a first attempt to save (before
 * that the summary beside the breakdown lists them), and the server's own
 * field errors land under their fields.
 */
export function BudgetForm({ structure, defaultValues }: { structure: BudgetStructure; defaultValues: BudgetFormValues }) {
  const resolver = useMemo(() => budgetResolver(structure), [structure]);
  const { form: hookForm, action } = useHookFormAction(saveBudgetVersionAction, resolver, {
    // Focus goes to the first problem in the order of the page (see onSubmit), not in registration order.
    formProps: { defaultValues, shouldFocusError: false },
  });
  const form = hookForm as unknown as BudgetForm;
  const onSubmit = form.handleSubmit(async (valid) => void (await action.executeAsync(valid)), focusFirstError);
  useServerFieldErrors(action.result.serverError, form.setError);
  const serverMessage = formLevelMessage(action.result.serverError);

  const values = useWatch({ control: form.control }) as BudgetFormValues;
  // Typing stays immediate; the (large) breakdown follows as soon as React has time.
  const deferredValues = useDeferredValue(values);
  const live = useMemo(() => computeLive(deferredValues, structure), [deferredValues, structure]);
  const liveErrors = "errors" in live ? live.errors : {};
  const { errors, submitCount, isSubmitSuccessful } = form.formState;

  const errorFor: ErrorLookup = (path) => {
    const own = get(errors, path) as (ShownError & { root?: ShownError }) | undefined;
    const leaf = own?.message ? own : own?.root;
    const fromForm = leaf?.type === "domain" ? undefined : leaf?.message;
    // Live errors of the budget rules only after a first attempt to save: no
    // red text while someone is still filling in, and no layout jumping on blur.
    return (submitCount > 0 ? liveErrors[path] : undefined) ?? fromForm;
  };

  const saved = action.result.data;
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate aria-labelledby="nieuwe-versie" className="space-y-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="nieuwe-versie" className="text-lg font-semibold">Nieuwe versie berekenen</h2>
        <p className="text-sm text-slate-700">
          Ingevuld met de nieuwste versie (of de gegevens van de procedure). Opslaan maakt altijd een nieuwe conceptversie;
          eerdere en gepubliceerde versies veranderen niet.
        </p>
        <RolesFieldset form={form} values={values} errorFor={errorFor} />
        <PercentagesFieldset form={form} errorFor={errorFor} />
        <ClustersFieldset form={form} structure={structure} errorFor={errorFor} />
        <SchoolsFieldset form={form} structure={structure} values={values} errorFor={errorFor} />
        <ContractYearsFieldset form={form} values={values} errorFor={errorFor} />
        <BudgetTextarea
          path="note"
          label="Toelichting bij deze versie (optioneel)"
          hint="Bijvoorbeeld: nieuwe cao-bedragen of geactualiseerde leerlingaantallen."
          error={errorFor("note")}
          registration={form.register("note")}
        />
        <div className="space-y-3">
          {serverMessage ? <Alert tone="error">{serverMessage}</Alert> : null}
          {action.result.serverError && !serverMessage ? (
            <Alert tone="error">Er is niets opgeslagen. Verbeter de gemarkeerde velden en probeer het opnieuw.</Alert>
          ) : null}
          {saved && !action.isPending ? (
            <Alert tone="success">
              Versie {saved.version} is opgeslagen als concept.{" "}
              <Link href={`/beheer/budget/${saved.calculationId}`}>Bekijk versie {saved.version}</Link>
            </Alert>
          ) : null}
          {submitCount > 0 && !isSubmitSuccessful && "errors" in live && !action.result.serverError ? (
            <Alert tone="error">Er is niets opgeslagen. Verbeter de gemarkeerde velden; de lijst bij de doorrekening helpt u op weg.</Alert>
          ) : null}
          <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met opslaan…" : "Versie opslaan"}</Button>
        </div>
      </form>
      <LiveBreakdown live={live} values={deferredValues} structure={structure} />
    </div>
  );
}
