"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestPasswordResetAction } from "@/lib/actions/account";
import { requestPasswordResetSchema } from "@/lib/schemas/account";

export function ResetRequestForm() {
  const { form, action, handleSubmitWithAction } = useHookFormAction(requestPasswordResetAction, zodResolver(requestPasswordResetSchema), {
    formProps: { defaultValues: { email: "" } },
  });
  const message = formLevelMessage(action.result.serverError);
  if (action.result.data) {
    return (
      <Alert tone="success" title="Controleer uw e-mail">
        Als dit adres bij een actief account hoort, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord in
        te stellen. De link is een uur geldig en werkt één keer.
      </Alert>
    );
  }
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField label="E-mailadres" type="email" autoComplete="username" registration={form.register("email")} error={form.formState.errors.email} />
      <Button type="submit" disabled={action.isPending} className="w-full">{action.isPending ? "Bezig…" : "Stuur mij een link"}</Button>
    </form>
  );
}
