"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useAction } from "next-safe-action/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetDemoClockAction, setDemoClockAction } from "@/lib/actions/demo-clock";
import { setDemoClockSchema } from "@/lib/schemas/demo-clock";

const presets = [
  { label: "Reactietermijn (1 juni 2025)", value: "2025-06-01T10:00" },
  { label: "Opzegtermijn, dag 31 (8 augustus 2025)", value: "2025-08-08T12:00" },
  { label: "Toelatingsprocedure (15 september 2025)", value: "2025-09-15T10:00" },
  { label: "Na de bekendmaking (16 oktober 2025)", value: "2025-10-16T10:00" },
  { label: "Ondertekening plan van aanpak (15 januari 2026)", value: "2026-01-15T10:00" },
];

export function DemoClockForm({ currentLocal }: { currentLocal: string }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(setDemoClockAction, zodResolver(setDemoClockSchema), {
    formProps: { defaultValues: { localDateTime: currentLocal } },
  });
  const reset = useAction(resetDemoClockAction);
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError ?? reset.result.serverError);

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {action.result.data ? <Alert tone="success">De portaalklok staat nu op {action.result.data.label}.</Alert> : null}
      {reset.result.data ? <Alert tone="success">De portaalklok loopt weer gelijk met de echte tijd.</Alert> : null}
      <TextField
        label="Gesimuleerde datum en tijd (Europe/Amsterdam)"
        hint="De klok loopt vanaf dit moment door."
        type="datetime-local"
        registration={form.register("localDateTime")}
        error={form.formState.errors.localDateTime}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig…" : "Klok instellen"}</Button>
        <Button variant="secondary" disabled={reset.isPending} onClick={() => reset.execute()}>Terug naar echte tijd</Button>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Snel naar een fase</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {presets.map((p) => (
            <Button key={p.value} variant="secondary" onClick={() => form.setValue("localDateTime", p.value)}>{p.label}</Button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
