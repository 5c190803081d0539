"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { processReactionAction } from "@/lib/actions/reactions";
import { OUTCOME_LABELS, processReactionSchema } from "@/lib/schemas/reactions";

type Outcome = keyof typeof OUTCOME_LABELS;

export function ProcessReactionForm({ reactionId, outcome, processingText, changedSection }: {
  reactionId: string; outcome: Outcome | null; processingText: string; changedSection: string;
}) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(processReactionAction, zodResolver(processReactionSchema), {
    formProps: { defaultValues: { reactionId, outcome: outcome ?? undefined, processingText, changedSection } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  const errors = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {action.result.data ? <Alert tone="success">Verwerking opgeslagen.</Alert> : null}
      <input type="hidden" {...form.register("reactionId")} />
      <fieldset aria-describedby={errors.outcome ? `uitkomst-${reactionId}` : undefined}>
        <legend className="text-sm font-medium">Uitkomst</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(Object.keys(OUTCOME_LABELS) as Outcome[]).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} className="h-5 w-5" {...form.register("outcome")} />
              {OUTCOME_LABELS[value]}
            </label>
          ))}
        </div>
        {errors.outcome ? <p id={`uitkomst-${reactionId}`} className="text-sm font-medium text-red-700">{errors.outcome.message}</p> : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`verwerking-${reactionId}`} className="block text-sm font-medium">Verwerking (toelichting, wordt geanonimiseerd gepubliceerd)</label>
        <textarea id={`verwerking-${reactionId}`} rows={4} {...form.register("processingText")} aria-invalid={errors.processingText ? true : undefined} className="block w-full rounded-md border border-slate-400 px-3 py-2" />
        {errors.processingText ? <p className="text-sm font-medium text-red-700">{errors.processingText.message}</p> : null}
      </div>
      <TextField label="Gewijzigd onderdeel (optioneel)" registration={form.register("changedSection")} error={errors.changedSection} />
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig…" : "Verwerking opslaan"}</Button>
    </form>
  );
}
