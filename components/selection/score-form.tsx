"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FieldFrame } from "@/components/form/field-frame";
import { useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard, type ReceiptView } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveConsensusDraftAction, saveScoreDraftAction, submitConsensusAction, submitScoreAction } from "@/lib/actions/scoring";
import { validateScoreSheet } from "@/lib/domain/selection/score-validation";
import { parseScore } from "@/lib/schemas/scoring";
import { SaveStatusLine } from "@/components/form/save-status";
import { useAutosave } from "@/components/form/use-autosave";

interface FormValues {
  items: Record<string, { score: string; explanation: string }>;
  conclusion: string;
}

export interface ScoreFormItem {
  topicId: string;
  score: number | null;
  explanation: string;
}

/**
 * One evaluator's scores for one candidate ("individual"), or the school's
 * agreed scores with a conclusion ("consensus"): per topic a score from the
 * procedure's levels and an explanation. Autosaved as a draft; a submitted
 * sheet is final and gets a receipt.
 */
export function ScoreForm({ mode, schoolId, providerId, topics, levels, items, conclusion = "", open }: {
  mode: "individual" | "consensus";
  schoolId: string;
  providerId: string;
  topics: { id: string; number: number; title: string }[];
  levels: { value: number; label: string }[];
  items: ScoreFormItem[];
  conclusion?: string;
  open: boolean;
}) {
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [submitted, setSubmitted] = useState<ReceiptView | null>(null);
  const form = useForm<FormValues>({
    defaultValues: {
      items: Object.fromEntries(topics.map((t) => {
        const item = items.find((i) => i.topicId === t.id);
        return [t.id, { score: item?.score ? String(item.score) : "", explanation: item?.explanation ?? "" }];
      })),
      conclusion,
    },
  });
  const values = useWatch({ control: form.control }) as FormValues;
  const consensus = mode === "consensus";
  const payload = { items: values.items, conclusion: values.conclusion };

  const saveIndividual = useAction(saveScoreDraftAction);
  const saveConsensus = useAction(saveConsensusDraftAction);
  const autosave = useAutosave({
    enabled: open && !submitted,
    payload,
    save: async (draft) => {
      const result = consensus
        ? await saveConsensus.executeAsync({ schoolId, providerId, items: draft.items, conclusion: draft.conclusion })
        : await saveIndividual.executeAsync({ schoolId, providerId, items: draft.items });
      return result?.data ? { savedAt: result.data.savedAt } : { error: result?.serverError?.message ?? "Probeer het zo opnieuw." };
    },
  });
  const onSuccess = ({ data }: { data: { receipt: ReceiptView } }) => {
    autosave.markSaved(payload);
    setSubmitted(data.receipt);
    router.refresh();
  };
  const submitIndividual = useAction(submitScoreAction, { onSuccess });
  const submitConsensus = useAction(submitConsensusAction, { onSuccess });
  const submit = consensus ? submitConsensus : submitIndividual;
  useServerFieldErrors(submit.result.serverError, form.setError);

  async function onSubmit(current: FormValues) {
    const list = topics.map((t) => ({ topicId: t.id, score: parseScore(current.items[t.id]?.score ?? ""), explanation: current.items[t.id]?.explanation ?? "" }));
    const errors = validateScoreSheet({ items: list, conclusion: current.conclusion }, { topics, levels, requireConclusion: consensus });
    const keys = Object.keys(errors);
    keys.forEach((key, i) => form.setError(key as Path<FormValues>, { type: "client", message: errors[key] }, { shouldFocus: i === 0 }));
    if (keys.length > 0) return;
    await autosave.settle();
    if (consensus) submitConsensus.execute({ schoolId, providerId, items: current.items, conclusion: current.conclusion, idempotencyKey });
    else submitIndividual.execute({ schoolId, providerId, items: current.items, idempotencyKey });
  }

  if (submitted) {
    return (
      <div className="space-y-3">
        <Alert tone="success">{consensus ? "De gezamenlijke beoordeling is vastgelegd." : "Uw beoordeling is ingediend. U ziet nu ook de ingediende scores van de andere beoordelaars."}</Alert>
        <ReceiptCard receipt={submitted} />
      </div>
    );
  }
  return (
    <form noValidate className="space-y-6" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      {topics.map((topic) => {
        const errors = form.formState.errors.items?.[topic.id];
        const legendId = `score-${mode}-${topic.id}`;
        return (
          <fieldset key={topic.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-describedby={errors?.score ? `${legendId}-error` : undefined}>
            <legend className="px-1 font-semibold">{topic.number}. {topic.title}</legend>
            <div className="flex flex-wrap gap-4">
              {levels.map((level) => (
                <label key={level.value} className="inline-flex min-h-11 items-center gap-2">
                  <input type="radio" value={String(level.value)} disabled={!open} className="h-5 w-5" {...form.register(`items.${topic.id}.score`)} />
                  {level.value} ({level.label})
                </label>
              ))}
            </div>
            {errors?.score ? <p id={`${legendId}-error`} className="text-sm font-medium text-red-700">{errors.score.message}</p> : null}
            <FieldFrame label={`Toelichting bij onderwerp ${topic.number}`} hint="Leg uit wat in het plan tot deze score leidt (ten minste 5 woorden, per onderwerp een eigen reden)." error={errors?.explanation}>
              {(control) => <textarea rows={3} maxLength={5000} readOnly={!open} {...form.register(`items.${topic.id}.explanation`)} {...control} />}
            </FieldFrame>
          </fieldset>
        );
      })}
      {consensus ? (
        <FieldFrame label="Conclusie met motivering" hint="De gezamenlijke conclusie van de school over dit plan." error={form.formState.errors.conclusion}>
          {(control) => <textarea rows={5} maxLength={10_000} readOnly={!open} {...form.register("conclusion")} {...control} />}
        </FieldFrame>
      ) : null}
      <SaveStatusLine status={autosave.status} autosave={open} />
      {submit.result.serverError ? <Alert tone="error">{submit.result.serverError.message}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={!open || submit.isPending}>
          {submit.isPending ? "Bezig met indienen…" : consensus ? "Gezamenlijke beoordeling vastleggen" : "Beoordeling indienen"}
        </Button>
        <Button variant="secondary" disabled={!open || autosave.status.kind === "saving"} onClick={() => void autosave.flush()}>Concept nu opslaan</Button>
      </div>
    </form>
  );
}
