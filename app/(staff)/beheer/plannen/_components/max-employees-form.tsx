"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { TextField } from "@/components/form/text-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setMaxEmployeesPerSchoolAction } from "@/lib/actions/plan-terms";
import { MAX_EMPLOYEES_PER_SCHOOL_RANGE, setMaxEmployeesPerSchoolSchema } from "@/lib/schemas/plan";

/** Staff set the maximum number of employees per school, while no plan has been frozen for signing. */
export function MaxEmployeesForm({ maxEmployees }: { maxEmployees: number | null }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(setMaxEmployeesPerSchoolAction, zodResolver(setMaxEmployeesPerSchoolSchema), {
    formProps: { defaultValues: { maxEmployeesPerSchool: maxEmployees === null ? "" : String(maxEmployees) } },
  });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError);
  const done = action.result.data;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {done ? <Alert tone="success">{done.changed ? `Opgeslagen: elk plan zet ${done.text} in.` : `Niets gewijzigd: elk plan zet ${done.text} in.`}</Alert> : null}
      <TextField
        label="Maximaal aantal medewerkers per school"
        hint={`Een heel getal van ${MAX_EMPLOYEES_PER_SCHOOL_RANGE.min} tot en met ${MAX_EMPLOYEES_PER_SCHOOL_RANGE.max}; laat het veld leeg voor geen maximum. Een vacature telt mee.`}
        inputMode="numeric"
        registration={form.register("maxEmployeesPerSchool")}
        error={form.formState.errors.maxEmployeesPerSchool}
      />
      <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met opslaan…" : "Maximum opslaan"}</Button>
    </form>
  );
}
