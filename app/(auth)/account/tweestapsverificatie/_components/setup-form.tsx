"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmTotpSetupAction } from "@/lib/actions/second-factor";
import { secondFactorCodeSchema } from "@/lib/schemas/second-factor";
import { RecoveryCodes } from "./recovery-codes";

export function SetupForm({ homePath }: { homePath: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(confirmTotpSetupAction, zodResolver(secondFactorCodeSchema), {
    formProps: { defaultValues: { code: "" } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);

  if (action.result.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Tweestapsverificatie staat aan">
          Vanaf nu vragen we bij het inloggen na uw wachtwoord de code uit uw app.
        </Alert>
        <RecoveryCodes codes={action.result.data.recoveryCodes} />
        {/* A full page load: the login is now complete, so every page may load its data. */}
        <a href={homePath} className="inline-block font-semibold">Ik heb de herstelcodes bewaard: verder naar het portaal</a>
      </div>
    );
  }
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label="Code uit de app"
        hint="De zes cijfers die de app nu voor dit account toont."
        autoComplete="one-time-code"
        inputMode="numeric"
        registration={form.register("code")}
        error={form.formState.errors.code}
      />
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met controleren…" : "Code controleren en inschakelen"}</Button>
    </form>
  );
}
