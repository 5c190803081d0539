"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import Link from "next/link";
import { WayOutLinks } from "@/components/account/way-out-links";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setPasswordAction } from "@/lib/actions/account";
import { setPasswordSchema } from "@/lib/schemas/account";

export function SetPasswordForm({ token }: { token: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(setPasswordAction, zodResolver(setPasswordSchema), {
    formProps: { defaultValues: { token, password: "", passwordConfirm: "" } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);

  if (action.result.data) {
    return (
      <Alert tone="success" title="Uw wachtwoord is ingesteld">
        U kunt nu <Link href="/inloggen">inloggen</Link> met {action.result.data.email}.
      </Alert>
    );
  }
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? (
        <Alert tone="error">
          {message}
          {action.result.serverError?.code === "NOT_FOUND" ? <WayOutLinks way="password" /> : null}
        </Alert>
      ) : null}
      <input type="hidden" {...form.register("token")} />
      <TextField label="Nieuw wachtwoord" type="password" autoComplete="new-password" registration={form.register("password")} error={form.formState.errors.password} />
      <TextField label="Herhaal het wachtwoord" type="password" autoComplete="new-password" registration={form.register("passwordConfirm")} error={form.formState.errors.passwordConfirm} />
      <Button type="submit" disabled={action.isPending} className="w-full">{action.isPending ? "Bezig met opslaan…" : "Wachtwoord instellen"}</Button>
    </form>
  );
}
