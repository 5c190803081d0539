"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useId } from "react";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { recordDecisionAction } from "@/lib/actions/admission-assessment";
import {
  ADMISSION_OUTCOME_LABELS,
  ADMISSION_OUTCOMES,
  MOTIVATION_MIN_CHARACTERS,
  MOTIVATION_MIN_WORDS,
  type AdmissionOutcome,
} from "@/lib/domain/admission/assessment";
import { recordDecisionSchema } from "@/lib/schemas/admission-assessment";

/** Staff record or change the decision on one cluster, with the motivation the provider will read. */
export function DecisionForm({ applicationClusterId, clusterName, outcome, motivation, hasDecision }: {
  applicationClusterId: string;
  clusterName: string;
  outcome: AdmissionOutcome | null;
  motivation: string;
  hasDecision: boolean;
}) {
  const id = useId();
  const { form, action, handleSubmitWithAction } = useHookFormAction(recordDecisionAction, zodResolver(recordDecisionSchema), {
    formProps: { defaultValues: { applicationClusterId, outcome: outcome ?? undefined, motivation } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  const errors = form.formState.errors;
  const data = action.result.data;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Besluit over ${clusterName}`}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {data && !action.isPending ? (
        <Alert tone="success">
          {data.final
            ? "Besluit vastgelegd: toegelaten. Dit besluit is direct definitief."
            : "Besluit vastgelegd: niet toegelaten. Een tweede medewerker moet het nog bevestigen."}
        </Alert>
      ) : null}
      <input type="hidden" {...form.register("applicationClusterId")} />
      <fieldset aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend className="text-sm font-medium">Besluit</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {ADMISSION_OUTCOMES.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" value={value} className="h-5 w-5" {...form.register("outcome")} />
              {ADMISSION_OUTCOME_LABELS[value]}
            </label>
          ))}
        </div>
        {errors.outcome ? <p id={`${id}-outcome-error`} className="text-sm font-medium text-red-700">{errors.outcome.message}</p> : null}
      </fieldset>
      <TextAreaField
        label="Motivering"
        hint={`Minimaal ${MOTIVATION_MIN_WORDS} woorden en ${MOTIVATION_MIN_CHARACTERS} tekens. De aanbieder leest deze motivering na de bekendmaking. 'Niet toegelaten' wordt pas definitief na bevestiging door een tweede medewerker.`}
        rows={5}
        registration={form.register("motivation")}
        error={errors.motivation}
      />
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? "Bezig…" : hasDecision ? "Besluit wijzigen" : "Besluit vastleggen"}
      </Button>
    </form>
  );
}
