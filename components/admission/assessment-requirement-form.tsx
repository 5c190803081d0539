"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useId } from "react";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { assessRequirementAction } from "@/lib/actions/admission-assessment";
import { assessRequirementSchema, REQUIREMENT_VERDICTS, REQUIREMENT_VERDICT_LABELS } from "@/lib/schemas/admission-assessment";

/** Staff record whether one requirement of a cluster is met, with a note (what shows it, or why not). */
export function AssessmentRequirementForm({ applicationClusterId, requirementId, requirementLabel, met, note }: {
  applicationClusterId: string;
  requirementId: string;
  /** Names the form for assistive technology ("Beoordeling: Expertise …"). */
  requirementLabel: string;
  met: boolean | null;
  note: string;
}) {
  const id = useId();
  const { form, action, handleSubmitWithAction } = useHookFormAction(assessRequirementAction, zodResolver(assessRequirementSchema), {
    formProps: {
      defaultValues: { applicationClusterId, requirementId, verdict: met === null ? undefined : met ? "MET" : "NOT_MET", note },
    },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  const errors = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Beoordeling: ${requirementLabel}`}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {action.result.data && !action.isPending ? <Alert tone="success">Beoordeling opgeslagen.</Alert> : null}
      <input type="hidden" {...form.register("applicationClusterId")} />
      <input type="hidden" {...form.register("requirementId")} />
      <fieldset aria-describedby={errors.verdict ? `${id}-verdict-error` : undefined}>
        <legend className="text-sm font-medium">Voldoet de aanbieder aan deze eis?</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {REQUIREMENT_VERDICTS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" value={value} className="h-5 w-5" {...form.register("verdict")} />
              {REQUIREMENT_VERDICT_LABELS[value]}
            </label>
          ))}
        </div>
        {errors.verdict ? <p id={`${id}-verdict-error`} className="text-sm font-medium text-red-700">{errors.verdict.message}</p> : null}
      </fieldset>
      <TextAreaField
        label="Toelichting"
        hint="Waaruit blijkt dat aan de eis is voldaan, of waarom niet (minimaal 10 tekens)."
        rows={3}
        registration={form.register("note")}
        error={errors.note}
      />
      <Button type="submit" variant="secondary" disabled={action.isPending}>{action.isPending ? "Bezig…" : "Beoordeling opslaan"}</Button>
    </form>
  );
}
