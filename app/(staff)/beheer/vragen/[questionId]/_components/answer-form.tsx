"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { answerQuestionAction } from "@/lib/actions/questions";
import { answerQuestionSchema } from "@/lib/schemas/questions";

/** Staff answer a question, or correct their answer; the asking organisation is e-mailed. */
export function AnswerForm({ questionId, answer, answered }: { questionId: string; answer: string; answered: boolean }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(answerQuestionAction, zodResolver(answerQuestionSchema), {
    formProps: { defaultValues: { questionId, answer } },
  });
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const message = formLevelMessage(serverError);
  const data = action.result.data;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4" aria-label="Antwoord">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {data ? (
        <Alert tone="success">
          Antwoord opgeslagen. {data.notified === 1 ? "1 gebruiker" : `${data.notified} gebruikers`} van de vragende organisatie
          {data.notified === 1 ? " krijgt" : " krijgen"} een e-mail.
        </Alert>
      ) : null}
      <input type="hidden" {...form.register("questionId")} />
      <TextAreaField
        label="Antwoord aan de vragende organisatie"
        hint={answered ? "U wijzigt een gegeven antwoord; de organisatie krijgt daarvan bericht. Een gepubliceerde versie wijzigt u hieronder apart." : "Maximaal 10.000 tekens. Alleen de vragende organisatie ziet dit antwoord."}
        registration={form.register("answer")}
        error={form.formState.errors.answer}
        rows={8}
      />
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? "Bezig met opslaan…" : answered ? "Gewijzigd antwoord opslaan" : "Antwoord versturen"}
      </Button>
    </form>
  );
}
