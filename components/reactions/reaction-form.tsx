"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { DocumentUpload, type UploadedDocument } from "@/components/form/document-upload";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { ReceiptCard, type ReceiptView } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveReactionDraftAction, submitReactionAction } from "@/lib/actions/reactions";
import { saveReactionSchema, type SaveReactionInput } from "@/lib/schemas/reactions";

/**
 * Write, save as draft, submit. One idempotency key per form instance: a
 * double click or a retry after a lost response returns the same receipt.
 */
export function ReactionForm({ reactionId, subject = "", body = "", attachment = null, open }: {
  reactionId?: string; subject?: string; body?: string; attachment?: UploadedDocument | null; open: boolean;
}) {
  const [document, setDocument] = useState<UploadedDocument | null>(attachment);
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [receipt, setReceipt] = useState<ReceiptView | null>(null);
  const [currentId, setCurrentId] = useState(reactionId);
  const form = useForm<SaveReactionInput>({ resolver: zodResolver(saveReactionSchema), defaultValues: { reactionId, subject, body } });
  const save = useAction(saveReactionDraftAction, { onSuccess: ({ data }) => setCurrentId(data.reactionId) });
  const submit = useAction(submitReactionAction, {
    onSuccess: ({ data }) => {
      setReceipt(data.receipt);
      router.refresh();
    },
  });
  const message = formLevelMessage(submit.result.serverError ?? save.result.serverError);
  const errors = form.formState.errors;

  if (receipt) {
    return (
      <div className="space-y-3">
        <Alert tone="success">Uw reactie is ontvangen.</Alert>
        <ReceiptCard receipt={receipt} />
      </div>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => submit.execute({ ...values, reactionId: currentId, attachmentId: document?.id, idempotencyKey }))}
    >
      {message ? <Alert tone="error">{message}</Alert> : null}
      {save.result.data ? <Alert tone="success">Concept opgeslagen.</Alert> : null}
      <TextField label="Onderdeel van de contractdocumenten" hint="Bijvoorbeeld: Bijlage 12, artikel 3 of Taakbeschrijving." registration={form.register("subject")} error={errors.subject} disabled={!open} />
      <div className="space-y-1">
        <label htmlFor="reactie-tekst" className="block text-sm font-medium">Uw reactie</label>
        <textarea
          id="reactie-tekst"
          rows={8}
          {...form.register("body")}
          disabled={!open}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "reactie-tekst-fout" : undefined}
          className={`block w-full rounded-md border px-3 py-2 text-base ${errors.body ? "border-red-600" : "border-slate-400"}`}
        />
        {errors.body ? <p id="reactie-tekst-fout" className="text-sm font-medium text-red-700">{errors.body.message}</p> : null}
      </div>
      <DocumentUpload label="Bijlage (optioneel)" value={document} onChange={setDocument} disabled={!open} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={!open || submit.isPending}>{submit.isPending ? "Bezig met indienen…" : "Reactie indienen"}</Button>
        <Button
          variant="secondary"
          disabled={!open || save.isPending}
          onClick={form.handleSubmit((values) => save.execute({ ...values, reactionId: currentId, attachmentId: document?.id }))}
        >
          {save.isPending ? "Bezig met opslaan…" : "Concept opslaan"}
        </Button>
      </div>
    </form>
  );
}
