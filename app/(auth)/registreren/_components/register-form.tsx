"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { registerProviderAction } from "@/lib/actions/registration";
import { registerProviderSchema } from "@/lib/schemas/registration";

const empty = { organisationName: "", kvkNumber: "", agbCode: "", street: "", postalCode: "", city: "", contactEmail: "", name: "", email: "", password: "" };

export function RegisterForm() {
  const { form, action, handleSubmitWithAction } = useHookFormAction(registerProviderAction, zodResolver(registerProviderSchema), { formProps: { defaultValues: empty } });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  const errors = form.formState.errors;
  const field = (name: keyof typeof empty, label: string, extra: { type?: string; autoComplete?: string; hint?: string; inputMode?: "numeric" } = {}) => (
    <TextField label={label} registration={form.register(name)} error={errors[name]} {...extra} />
  );
  if (action.result.data) {
    return (
      <Alert tone="success" title="Bijna klaar: bevestig uw e-mailadres">
        We hebben een e-mail gestuurd met een link om uw e-mailadres te bevestigen (24 uur geldig). Daarna kunt u inloggen. Geen e-mail
        ontvangen? Kijk in uw map met ongewenste e-mail.
      </Alert>
    );
  }
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-6">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Uw organisatie</legend>
        {field("organisationName", "Naam van de organisatie", { autoComplete: "organization" })}
        {field("kvkNumber", "KvK-nummer", { inputMode: "numeric", hint: "8 cijfers." })}
        {field("agbCode", "AGB-code (optioneel)", { inputMode: "numeric", hint: "8 cijfers, als uw organisatie die heeft." })}
        {field("street", "Straat en huisnummer", { autoComplete: "street-address" })}
        <div className="grid gap-3 sm:grid-cols-2">
          {field("postalCode", "Postcode", { autoComplete: "postal-code", hint: "Bijvoorbeeld 2611 AA." })}
          {field("city", "Plaats", { autoComplete: "address-level2" })}
        </div>
        {field("contactEmail", "Algemeen e-mailadres van de organisatie", { type: "email" })}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Uw eigen account</legend>
        {field("name", "Uw naam", { autoComplete: "name" })}
        {field("email", "Uw e-mailadres", { type: "email", autoComplete: "username" })}
        {field("password", "Wachtwoord", { type: "password", autoComplete: "new-password", hint: "Minimaal 12 tekens; een zin van een paar woorden werkt goed. Plakken mag." })}
      </fieldset>
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met registreren…" : "Registreren"}</Button>
    </form>
  );
}
