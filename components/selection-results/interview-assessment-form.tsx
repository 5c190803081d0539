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
import { submitInterviewAssessmentAction } from "@/lib/actions/selection-results";
import { validateScoreSheet } from "@/lib/domain/selection/score-validation";
import { parseInterviewScore } from "@/lib/schemas/selection-results";

interface FormValues {
  items: Record<string, { score: string; explanation: string }>;
  conclusion: string;
}

/** The school's assessment of one provider after the interview: per topic a score and an explanation, and a conclusion. Final once submitted. */
export function InterviewAssessmentForm({ schoolId, providerId, providerName, topics, levels }: {
  schoolId: string;
  providerId: string;
  providerName: string;
  topics: { id: string; number: number; title: string }[];
  levels: { value: number; label: string }[];
}) {
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<FormValues>({
    defaultValues: { items: Object.fromEntries(topics.map((t) => [t.id, { score: "", explanation: "" }])), conclusion: "" },
  });
  // No refresh on success: the receipt stays in view until the school moves on.
  const submit = useAction(submitInterviewAssessmentAction);
  useServerFieldErrors(submit.result.serverError, form.setError);

  function onSubmit(values: FormValues) {
    const items = topics.map((t) => ({ topicId: t.id, score: parseInterviewScore(values.items[t.id]?.score ?? ""), explanation: values.items[t.id]?.explanation ?? "" }));
    const errors = validateScoreSheet({ items, conclusion: values.conclusion }, { topics, levels, requireConclusion: true });
    const keys = Object.keys(errors);
    keys.forEach((key, i) => form.setError(key as Path<FormValues>, { type: "client", message: errors[key] }, { shouldFocus: i === 0 }));
    if (keys.length === 0) submit.execute({ schoolId, providerId, items: values.items, conclusion: values.conclusion, idempotencyKey });
  }

  const receipt = submit.result.data?.receipt;
  if (receipt) {
    return (
      <div className="space-y-3">
        <Alert tone="success">De beoordeling van het gesprek met {providerName} is vastgelegd.</Alert>
        <ReceiptCard receipt={receipt} />
        <Button variant="secondary" onClick={() => router.refresh()}>Overzicht en keuze bijwerken</Button>
      </div>
    );
  }
  return (
    <form noValidate className="space-y-4" aria-label={`Beoordeling gesprek ${providerName}`} onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      {topics.map((topic) => {
        const errors = form.formState.errors.items?.[topic.id];
        const errorId = `gesprek-${providerId}-${topic.id}-error`;
        return (
          <fieldset key={topic.id} className="space-y-2 rounded-md border border-slate-200 p-3" aria-describedby={errors?.score ? errorId : undefined}>
            <legend className="px-1 font-semibold">{topic.number}. {topic.title}</legend>
            <div className="flex flex-wrap gap-4">
              {levels.map((level) => (
                <label key={level.value} className="inline-flex min-h-11 items-center gap-2">
                  <input type="radio" value={String(level.value)} className="h-5 w-5" {...form.register(`items.${topic.id}.score`)} />
                  {level.value} ({level.label})
                </label>
              ))}
            </div>
            {errors?.score ? <p id={errorId} className="text-sm font-medium text-red-700">{errors.score.message}</p> : null}
            <FieldFrame label={`Toelichting bij onderwerp ${topic.number}`} hint="Wat in het gesprek tot deze score leidde (ten minste 5 woorden)." error={errors?.explanation}>
              {(control) => <textarea rows={2} maxLength={5000} {...form.register(`items.${topic.id}.explanation`)} {...control} />}
            </FieldFrame>
          </fieldset>
        );
      })}
      <FieldFrame label="Conclusie na het gesprek" error={form.formState.errors.conclusion}>
        {(control) => <textarea rows={3} maxLength={10_000} {...form.register("conclusion")} {...control} />}
      </FieldFrame>
      {submit.result.serverError ? <Alert tone="error">{submit.result.serverError.message}</Alert> : null}
      <Button type="submit" disabled={submit.isPending}>{submit.isPending ? "Bezig…" : "Beoordeling van het gesprek vastleggen"}</Button>
    </form>
  );
}
