"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useEffect } from "react";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { ReceiptCard } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { askQuestionAction } from "@/lib/actions/questions";
import { askQuestionSchema } from "@/lib/schemas/questions";

const empty = () => ({ body: "", section: "", idempotencyKey: crypto.randomUUID() });

/**
 * Ask the Servicebureau a question. One idempotency key per question: a
 * double click, or a retry after a lost response, returns the same receipt.
 * After a receipt the form is empty again, with a new key.
 */
export function AskQuestionForm() {
  const { form, action, handleSubmitWithAction } = useHookFormAction(askQuestionAction, zodResolver(askQuestionSchema), {
    formProps: { defaultValues: empty() },
  });
  const receipt = action.result.data?.receipt;
  // After a receipt: an empty form with a new key for the next question.
  useEffect(() => {
    if (receipt) form.reset(empty());
  }, [receipt, form]);
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const message = formLevelMessage(serverError);
  const errors = form.formState.errors;

  return (
    <div className="space-y-4">
      {receipt ? (
        <div className="space-y-3">
          <Alert tone="success">Uw vraag is ontvangen. Bewaar het ontvangstbewijs; u ziet de vraag en het antwoord ook hieronder.</Alert>
          <ReceiptCard receipt={receipt} />
        </div>
      ) : null}
      <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4" aria-label="Vraag stellen">
        {message ? <Alert tone="error">{message}</Alert> : null}
        <input type="hidden" {...form.register("idempotencyKey")} />
        <TextField
          label="Onderdeel van de documenten (optioneel)"
          hint="Bijvoorbeeld: Bijlage 3, artikel 2.1 of Toelatingsleidraad paragraaf 4."
          registration={form.register("section")}
          error={errors.section}
          maxLength={200}
        />
        <TextAreaField
          label="Uw vraag"
          hint="Maximaal 5000 tekens. Vragen van algemeen belang publiceert het Servicebureau zonder uw naam in de nota van inlichtingen."
          registration={form.register("body")}
          error={errors.body}
          rows={8}
        />
        <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met versturen…" : "Vraag versturen"}</Button>
      </form>
    </div>
  );
}
