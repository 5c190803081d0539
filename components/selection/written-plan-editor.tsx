"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { DocumentUpload, type UploadedDocument } from "@/components/form/document-upload";
import { FieldFrame } from "@/components/form/field-frame";
import { useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard, type ReceiptView } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveWrittenPlanDraftAction, submitWrittenPlanAction } from "@/lib/actions/written-plan";
import { validateWrittenPlanAnswers } from "@/lib/domain/selection/word-count";
import { MAX_TOPIC_CHARACTERS } from "@/lib/schemas/written-plan";
import { SaveStatusLine } from "@/components/form/save-status";
import { useAutosave } from "@/components/form/use-autosave";
import { WordCount } from "./word-count";

export interface EditorTopic {
  id: string;
  number: number;
  title: string;
  guidance: string;
  wordLimit: number;
}

interface FormValues {
  answers: Record<string, { body: string }>;
}

/**
 * The plan for one school: a text per topic with a live word count, an
 * optional attachment, autosave as a draft, and submit with a receipt. A
 * resubmission inside the window becomes a new version.
 */
export function WrittenPlanEditor({ schoolId, topics, basedOnPlanId, answers, attachment, open }: {
  schoolId: string;
  topics: EditorTopic[];
  /** The newest version ("" for none yet). */
  basedOnPlanId: string;
  answers: Record<string, string>;
  attachment: UploadedDocument | null;
  open: boolean;
}) {
  const router = useRouter();
  const planId = useRef(basedOnPlanId);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [document, setDocument] = useState<UploadedDocument | null>(attachment);
  const [submitted, setSubmitted] = useState<{ receipt: ReceiptView; replayed: boolean } | null>(null);
  const form = useForm<FormValues>({ defaultValues: { answers: Object.fromEntries(topics.map((t) => [t.id, { body: answers[t.id] ?? "" }])) } });
  const values = useWatch({ control: form.control, name: "answers" });
  const payload = { answers: values, attachmentId: document?.id ?? "" };

  const save = useAction(saveWrittenPlanDraftAction);
  const autosave = useAutosave({
    enabled: open,
    payload,
    save: async (draft) => {
      const result = await save.executeAsync({ schoolId, basedOnPlanId: planId.current, ...draft });
      if (result?.data) {
        planId.current = result.data.planId;
        return { savedAt: result.data.savedAt };
      }
      return { error: result?.serverError?.message ?? "Probeer het zo opnieuw." };
    },
  });
  const submit = useAction(submitWrittenPlanAction, {
    onSuccess: ({ data }) => {
      planId.current = data.planId;
      autosave.markSaved(payload);
      setSubmitted({ receipt: data.receipt, replayed: data.replayed });
      setIdempotencyKey(crypto.randomUUID());
      router.refresh();
    },
  });
  useServerFieldErrors(submit.result.serverError, form.setError);
  // With field errors this says so in one line; the errors themselves stand under their topics.
  const message = submit.result.serverError?.message ?? null;

  async function onSubmit(current: FormValues) {
    const list = topics.map((t) => ({ topicId: t.id, body: current.answers[t.id]?.body ?? "" }));
    const errors = validateWrittenPlanAnswers(list, topics, { requireAll: true });
    const keys = Object.keys(errors);
    keys.forEach((key, i) => form.setError(key as Path<FormValues>, { type: "client", message: errors[key] }, { shouldFocus: i === 0 }));
    if (keys.length > 0) return;
    setSubmitted(null);
    await autosave.settle();
    submit.execute({ schoolId, basedOnPlanId: planId.current, answers: current.answers, attachmentId: document?.id ?? "", idempotencyKey });
  }

  return (
    <form noValidate className="space-y-6" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      {topics.map((topic) => {
        const error = form.formState.errors.answers?.[topic.id]?.body;
        const countId = `aantal-woorden-${topic.id}`;
        return (
          <section key={topic.id} aria-labelledby={`onderwerp-${topic.id}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 id={`onderwerp-${topic.id}`} className="text-lg font-semibold">{topic.number}. {topic.title}</h3>
            <FieldFrame label={`Uw uitwerking van onderwerp ${topic.number}`} hint={`${topic.guidance} Maximaal ${topic.wordLimit} woorden.`} error={error}>
              {(control) => (
                <textarea
                  rows={10}
                  maxLength={MAX_TOPIC_CHARACTERS}
                  readOnly={!open}
                  {...form.register(`answers.${topic.id}.body`)}
                  {...control}
                  aria-describedby={[control["aria-describedby"], countId].filter(Boolean).join(" ")}
                />
              )}
            </FieldFrame>
            <WordCount id={countId} text={values[topic.id]?.body ?? ""} limit={topic.wordLimit} />
          </section>
        );
      })}

      <DocumentUpload label="Bijlage bij het plan (optioneel)" value={document} onChange={setDocument} disabled={!open} />

      <div className="space-y-3">
        <SaveStatusLine status={autosave.status} autosave={open} />
        {message ? <Alert tone="error">{message}</Alert> : null}
        {submitted ? (
          <div className="space-y-3">
            <Alert tone="success">
              {submitted.replayed
                ? "Dit plan was al ontvangen; hieronder staat het oorspronkelijke ontvangstbewijs."
                : "Uw plan is ingediend. Tot de sluiting van de schriftelijke ronde kunt u een nieuwe versie indienen; de school ziet alleen de laatste."}
            </Alert>
            <ReceiptCard receipt={submitted.receipt} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={!open || submit.isPending}>{submit.isPending ? "Bezig met indienen…" : "Plan indienen"}</Button>
          <Button variant="secondary" disabled={!open || autosave.status.kind === "saving"} onClick={() => void autosave.flush()}>
            Concept nu opslaan
          </Button>
        </div>
      </div>
    </form>
  );
}
