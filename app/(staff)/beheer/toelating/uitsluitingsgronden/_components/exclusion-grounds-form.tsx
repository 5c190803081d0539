"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useEffect } from "react";
import { useFieldArray } from "react-hook-form";
import { TextAreaField } from "@/components/form/text-area-field";
import { formLevelMessage, useServerFieldErrors } from "@/components/form/use-server-errors";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { saveExclusionGroundsAction } from "@/lib/actions/exclusion-grounds";
import { EXCLUSION_GROUND_COUNT, EXCLUSION_GROUND_TEXT, saveExclusionGroundsSchema } from "@/lib/schemas/exclusion-grounds";

interface Ground {
  id: string;
  text: string;
  isExample: boolean;
}

/** The list of grounds, saved as a whole: change a text, add a ground, or remove one. */
export function ExclusionGroundsForm({ grounds }: { grounds: Ground[] }) {
  const { form, action, handleSubmitWithAction } = useHookFormAction(saveExclusionGroundsAction, zodResolver(saveExclusionGroundsSchema), {
    formProps: { defaultValues: { grounds: grounds.map((g) => ({ id: g.id, text: g.text })) } },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "grounds" });
  useServerFieldErrors(action.result.serverError, form.setError);
  const message = formLevelMessage(action.result.serverError) ?? form.formState.errors.grounds?.root?.message ?? form.formState.errors.grounds?.message;
  const done = action.result.data;
  // New grounds have ids now: the form goes on with the list as saved.
  useEffect(() => {
    if (done) form.reset({ grounds: done.grounds.map((g) => ({ id: g.id, text: g.text })) });
  }, [done, form]);
  const example = new Map(grounds.map((g) => [g.id, g]));
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {done && !action.isPending ? (
        <Alert tone="success">{done.changed ? `Opgeslagen: aanbieders verklaren ${done.grounds.length} ${done.grounds.length === 1 ? "grond" : "gronden"}.` : "Niets gewijzigd."}</Alert>
      ) : null}
      <ol className="space-y-4">
        {fields.map((field, i) => {
          const original = example.get(form.getValues(`grounds.${i}.id`));
          return (
            <li key={field.id} className="space-y-2">
              <TextAreaField
                label={`Grond ${i + 1}`}
                hint={`Zoals de aanbieder verklaart: "Ik verklaar namens mijn organisatie: …". ${EXCLUSION_GROUND_TEXT.min} tot ${EXCLUSION_GROUND_TEXT.max} tekens.`}
                rows={3}
                registration={form.register(`grounds.${i}.text`)}
                error={form.formState.errors.grounds?.[i]?.text}
              />
              <div className="flex flex-wrap items-center gap-2">
                {original?.isExample && form.watch(`grounds.${i}.text`) === original.text ? <Badge tone="warning">voorbeeldtekst</Badge> : null}
                {fields.length > EXCLUSION_GROUND_COUNT.min ? (
                  <Button variant="secondary" onClick={() => remove(i)}>Grond {i + 1} verwijderen</Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        {fields.length < EXCLUSION_GROUND_COUNT.max ? (
          <Button variant="secondary" onClick={() => append({ id: "", text: "" })}>Grond toevoegen</Button>
        ) : null}
        <Button type="submit" disabled={action.isPending}>{action.isPending ? "Bezig met opslaan…" : "Uitsluitingsgronden opslaan"}</Button>
      </div>
    </form>
  );
}
