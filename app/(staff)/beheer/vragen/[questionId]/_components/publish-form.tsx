"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishQuestionAction } from "@/lib/actions/questions";
import { publishQuestionSchema } from "@/lib/schemas/questions";

/**
 * Staff write the anonymised public version (pre-filled from the original)
 * and publish it in the nota van inlichtingen, or correct a published one.
 */
export function PublishForm({ questionId, organisation, publicQuestion, publicAnswer, published }: {
  questionId: string; organisation: string; publicQuestion: string; publicAnswer: string; published: boolean;
}) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(publishQuestionAction, zodResolver(publishQuestionSchema), {
    formProps: { defaultValues: { questionId, publicQuestion, publicAnswer } },
  });
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const message = formLevelMessage(serverError);
  const errors = form.formState.errors;
  const data = action.result.data;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4" aria-label="Geanonimiseerd publiceren">
      <Alert tone="warning" title="Anonimiseer voor u publiceert">
        De teksten zijn overgenomen uit de vraag en het antwoord. Haal de naam van <strong>{organisation}</strong>, namen van personen,
        scholen of locaties en alles wat naar de vragensteller herleidbaar is weg. Iedereen kan de nota van inlichtingen lezen.
      </Alert>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {data ? (
        <Alert tone="success">
          {data.firstPublication
            ? `Gepubliceerd in de nota van inlichtingen. ${data.notified} gebruikers van aanbieders krijgen hiervan een e-mail.`
            : "De gepubliceerde tekst is bijgewerkt."}
        </Alert>
      ) : null}
      <input type="hidden" {...form.register("questionId")} />
      <TextAreaField label="Vraag zoals gepubliceerd" hint="Maximaal 5000 tekens." registration={form.register("publicQuestion")} error={errors.publicQuestion} rows={6} />
      <TextAreaField label="Antwoord zoals gepubliceerd" hint="Maximaal 10.000 tekens." registration={form.register("publicAnswer")} error={errors.publicAnswer} rows={6} />
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? "Bezig met publiceren…" : published ? "Gepubliceerde tekst bijwerken" : "Geanonimiseerd publiceren"}
      </Button>
    </form>
  );
}
