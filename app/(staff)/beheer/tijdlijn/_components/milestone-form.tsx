"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateMilestoneAction } from "@/lib/actions/milestones";
import { updateMilestoneSchema } from "@/lib/schemas/milestone";

/** Edits one milestone; the server asks for confirmation when people may have relied on the old date. */
export function MilestoneForm({ milestoneId, title, isWindow, opensOn, lastDay }: {
  milestoneId: string; title: string; isWindow: boolean; opensOn: string; lastDay: string;
}) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(updateMilestoneAction, zodResolver(updateMilestoneSchema), {
    formProps: { defaultValues: { milestoneId, opensOn, lastDay, reason: "", confirmed: false } },
  });
  const serverError = action.result.serverError;
  useServerFieldErrors(serverError, form.setError);
  const needsConfirmation = Boolean(serverError?.fieldErrors?.confirmed);
  const message = needsConfirmation ? serverError?.message : formLevelMessage(serverError);
  const errors = form.formState.errors;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Wijzig ${title}`}>
      {message ? <Alert tone={needsConfirmation ? "warning" : "error"}>{message}</Alert> : null}
      {action.result.data ? (
        <Alert tone="success">
          Opgeslagen.{action.result.data.notified > 0 ? ` ${action.result.data.notified} gebruikers krijgen bericht.` : ""}
        </Alert>
      ) : null}
      <input type="hidden" {...form.register("milestoneId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={isWindow ? "Eerste dag" : "Datum"} type="date" registration={form.register("opensOn")} error={errors.opensOn} />
        {isWindow ? (
          <TextField label="Laatste dag (tot en met)" type="date" registration={form.register("lastDay")} error={errors.lastDay} />
        ) : (
          <input type="hidden" {...form.register("lastDay")} />
        )}
      </div>
      <TextField label="Reden van de wijziging" hint="Verplicht; komt in het auditlog en in het bericht aan de betrokkenen." registration={form.register("reason")} error={errors.reason} />
      {needsConfirmation ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1 h-5 w-5" {...form.register("confirmed")} />
          <span>Ik bevestig deze wijziging; de betrokken organisaties krijgen bericht.</span>
        </label>
      ) : null}
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met opslaan…" : "Wijziging opslaan"}</Button>
    </form>
  );
}
