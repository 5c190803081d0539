"use client";
import { useAction } from "next-safe-action/hooks";
import { useForm, useWatch, type Path } from "react-hook-form";
import { TextAreaField } from "@/components/form/text-area-field";
import { Alert } from "@/components/ui/alert";
import { savePlanSchoolPartAction } from "@/lib/actions/plan";
import { PLAN_TEXT_MAX } from "@/lib/schemas/plan";
import { PlanPartSaveBar } from "./plan-part-save-bar";
import { usePlanPartSave } from "./use-plan-part-save";

export interface SchoolPartValues {
  schoolContext: string;
  schoolGoals: string;
  pedagogicalClimate: string;
  oppLink: string;
  practicalArrangements: string;
  schoolHasBehaviouralScientist: boolean;
}

const FIELDS: { name: Exclude<keyof SchoolPartValues, "schoolHasBehaviouralScientist">; label: string; hint: string }[] = [
  { name: "schoolContext", label: "Context van de school", hint: "Leerlingen, team, wijk en de ondersteuning die er al is." },
  { name: "schoolGoals", label: "Doelen van de school voor collectieve jeugdhulp", hint: "Wat wilt u over een jaar bereikt hebben?" },
  { name: "pedagogicalClimate", label: "Pedagogisch klimaat", hint: "Hoe ziet het klimaat in de klassen en op het plein eruit, en wat vraagt het?" },
  { name: "oppLink", label: "Aansluiting op de ontwikkelingsperspectiefplannen (OPP)", hint: "Hoe sluit het werk aan op de OPP's van de leerlingen?" },
  { name: "practicalArrangements", label: "Praktische afspraken", hint: "Werkplek, aanwezigheid, overleg, contactpersonen." },
];

/** The school's own part: autosaved as a draft; once a version lies ready for signing, saved deliberately. */
export function SchoolPartForm({ schoolId, values, knownVersionId }: { schoolId: string; values: SchoolPartValues; knownVersionId: string }) {
  const form = useForm<SchoolPartValues>({ defaultValues: values });
  const payload = { schoolId, ...useWatch({ control: form.control }) } as SchoolPartValues & { schoolId: string };
  const action = useAction(savePlanSchoolPartAction);
  const { autosave, notice, signing } = usePlanPartSave({
    knownVersionId,
    payload,
    send: (input) => action.executeAsync(input),
    onFieldErrors: (errors) => Object.entries(errors).forEach(([k, message]) => form.setError(k as Path<SchoolPartValues>, { type: "server", message })),
  });

  return (
    <form noValidate className="space-y-4" onSubmit={(e) => e.preventDefault()}>
      {signing ? (
        <Alert tone="warning">
          Dit plan ligt ter ondertekening. Slaat u een wijziging op, dan vervalt de huidige versie met alle ondertekeningen en
          ondertekent iedereen de nieuwe versie opnieuw.
        </Alert>
      ) : null}
      {FIELDS.map((f) => (
        <TextAreaField key={f.name} label={f.label} hint={f.hint} rows={5} maxLength={PLAN_TEXT_MAX} registration={form.register(f.name)} error={form.formState.errors[f.name]} />
      ))}
      <div className="flex items-start gap-2">
        <input id="school-heeft-gedragswetenschapper" type="checkbox" className="mt-1 h-5 w-5" {...form.register("schoolHasBehaviouralScientist")} />
        <label htmlFor="school-heeft-gedragswetenschapper" className="text-sm">
          De school heeft zelf een gedragswetenschapper of orthopedagoog; de aanbieder hoeft er dan geen beschikbaar te stellen voor advies.
        </label>
      </div>
      <PlanPartSaveBar autosave={autosave} notice={notice} signing={signing} />
    </form>
  );
}
