"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { DocumentUpload, type UploadedDocument } from "@/components/form/document-upload";
import { TextAreaField } from "@/components/form/text-area-field";
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
      <TextAreaField label="Uw reactie" rows={8} registration={form.register("body")} error={errors.body} disabled={!open} />
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
