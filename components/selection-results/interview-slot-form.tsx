"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { scheduleInterviewAction } from "@/lib/actions/selection-results";
import { scheduleInterviewSchema } from "@/lib/schemas/selection-results";

/** Staff schedule (or move) the interview of one provider in a selection group; times are Dutch local time. */
export function InterviewSlotForm({ selectionGroupId, providerId, providerName, defaults }: {
  selectionGroupId: string;
  providerId: string;
  providerName: string;
  defaults: { date: string; startTime: string; endTime: string; location: string };
}) {
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(scheduleInterviewAction, zodResolver(scheduleInterviewSchema), {
    formProps: { defaultValues: { selectionGroupId, providerId, ...defaults } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const message = formLevelMessage(serverError);
  const errors = form.formState.errors;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Gesprek plannen met ${providerName}`}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {action.result.data && !action.isPending ? <Alert tone="success">Het gesprek is ingepland; de aanbieder krijgt een e-mail.</Alert> : null}
      <input type="hidden" {...form.register("selectionGroupId")} />
      <input type="hidden" {...form.register("providerId")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Datum" type="date" registration={form.register("date")} error={errors.date} />
        <TextField label="Begintijd (Nederlandse tijd)" type="time" registration={form.register("startTime")} error={errors.startTime} />
        <TextField label="Eindtijd (Nederlandse tijd)" type="time" registration={form.register("endTime")} error={errors.endTime} />
      </div>
      <TextField label="Locatie" registration={form.register("location")} error={errors.location} maxLength={300} />
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig…" : "Gesprek inplannen"}</Button>
    </form>
  );
}
