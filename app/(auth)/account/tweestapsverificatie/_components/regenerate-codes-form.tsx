"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { regenerateRecoveryCodesAction } from "@/lib/actions/second-factor";
import { secondFactorCodeSchema } from "@/lib/schemas/second-factor";
import { RecoveryCodes } from "./recovery-codes";

export function RegenerateCodesForm() {
  const { form, action, handleSubmitWithAction } = useHookFormAction(regenerateRecoveryCodesAction, zodResolver(secondFactorCodeSchema), {
    formProps: { defaultValues: { code: "" } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);

  if (action.result.data) return <RecoveryCodes codes={action.result.data.recoveryCodes} />;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label="Code uit uw app"
        hint="Ter bevestiging: de zes cijfers die uw app nu toont."
        autoComplete="one-time-code"
        inputMode="numeric"
        registration={form.register("code")}
        error={form.formState.errors.code}
      />
      <Button type="submit" variant="secondary" disabled={action.isPending}>
        {action.isPending ? "Bezig…" : "Nieuwe herstelcodes maken"}
      </Button>
    </form>
  );
}
