"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inviteUserAction } from "@/lib/actions/users";
import { inviteUserSchema } from "@/lib/schemas/users";

/** Invite a person by e-mail; staff pass the organisation, others invite into their own. */
export function InviteForm({ organisationId, organisationName }: { organisationId?: string; organisationName: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(inviteUserAction, zodResolver(inviteUserSchema), {
    formProps: { defaultValues: { organisationId, name: "", email: "" } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3" aria-label={`Uitnodigen voor ${organisationName}`}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      {action.result.data ? <Alert tone="success">Uitnodiging verstuurd naar {action.result.data.email} (7 dagen geldig).</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Naam" registration={form.register("name")} error={form.formState.errors.name} />
        <TextField label="E-mailadres" type="email" registration={form.register("email")} error={form.formState.errors.email} />
      </div>
      <Button type="submit" variant="secondary" disabled={action.isPending}>{action.isPending ? "Bezig…" : "Uitnodigen"}</Button>
    </form>
  );
}
