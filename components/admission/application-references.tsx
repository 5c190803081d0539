"use client";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { copyReference, fieldIds, type ApplicationContent, type ReferenceField } from "@/lib/domain/admission/application";
import { experienceFor, formatExperience } from "@/lib/domain/admission/experience";
import { REFERENCES_MAX } from "@/lib/schemas/admission";
import type { AdmissionContextView } from "@/lib/server/queries/admission-application";
import { ApplicationFieldFrame, ApplicationInput, ApplicationSection, ApplicationTextArea } from "./application-fields";

export const EMPTY_REFERENCE = { schoolName: "", place: "", startOn: "", endOn: "", description: "", contactName: "", contactEmail: "", contactPhone: "" };

/** The duration of one reference on its own, when both dates make sense. */
function duration(startOn: string, endOn: string): string | null {
  if (!startOn || !endOn || endOn < startOn) return null;
  return formatExperience(experienceFor([{ clusterId: "x", startOn, endOn }], "x"));
}

/**
 * Reference assignments, entered once for the whole application; each counts
 * for the school type (cluster) it names, in every cluster section below.
 */
export function ApplicationReferences({ form, values, context, today, errorFor, disabled }: {
  form: UseFormReturn<ApplicationContent>;
  /** The current content (watched by the form). */
  values: ApplicationContent;
  context: AdmissionContextView;
  today: string;
  errorFor: (fieldId: string, path: string) => string | undefined;
  disabled: boolean;
}) {
  const { fields, append, insert, remove } = useFieldArray({ control: form.control, name: "references" });
  const references = values.references;
  const defaultCluster = values.clusterIds[0] ?? context.clusters[0]?.id ?? "";

  return (
    <ApplicationSection
      id="referenties"
      title="Referentieopdrachten"
      intro={
        <p>
          Vul iedere opdracht één keer in en kies voor welk schooltype (cluster) hij telt; de ervaring per cluster wordt daaruit
          berekend. Telt een opdracht voor twee clusters (een school met leerlingen van beide), kopieer hem dan en kies bij de kopie
          het andere cluster. Ervaring buiten Haaglanden telt mee, en ook individuele jeugdhulp op school. Loopt een opdracht nog, vul dan als
          einddatum de datum van vandaag in.
        </p>
      }
    >
      {fields.length === 0 ? <p className="text-sm text-slate-700">U heeft nog geen referentieopdrachten toegevoegd.</p> : null}
      <ol className="space-y-6">
        {fields.map((field, index) => {
          const n = index + 1;
          const id = (f: ReferenceField) => fieldIds.reference(index, f);
          const path = (f: ReferenceField) => `references.${index}.${f}` as const;
          const err = (f: ReferenceField) => errorFor(id(f), path(f));
          const ref = references[index];
          const length = ref ? duration(ref.startOn, ref.endOn) : null;
          const copy = copyReference(references, index, values.clusterIds, context.clusters.map((c) => c.id));
          return (
            <li key={field.id}>
              <fieldset className="min-w-0 space-y-4 rounded-md border border-slate-300 p-3 sm:p-4">
                <legend className="px-1 font-semibold">Referentie {n}</legend>
                <div className="grid gap-4 sm:grid-cols-2">
                  <ApplicationInput id={id("schoolName")} label="Naam van de school" autoComplete="off" registration={form.register(path("schoolName"))} error={err("schoolName")} />
                  <ApplicationFieldFrame id={id("clusterId")} label="Telt voor schooltype (cluster)" error={err("clusterId")}>
                    {(control) => (
                      <select {...form.register(path("clusterId"))} {...control}>
                        {context.clusters.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                      </select>
                    )}
                  </ApplicationFieldFrame>
                  <ApplicationInput id={id("place")} label="Plaats" autoComplete="off" registration={form.register(path("place"))} error={err("place")} />
                  <div className="hidden sm:block" aria-hidden="true" />
                  <ApplicationInput id={id("startOn")} type="date" label="Begindatum" max={today} registration={form.register(path("startOn"))} error={err("startOn")} />
                  <ApplicationInput id={id("endOn")} type="date" label="Einddatum (tot en met)" max={today} registration={form.register(path("endOn"))} error={err("endOn")} />
                </div>
                {length ? <p className="text-sm text-slate-700">Duur van deze opdracht: <strong>{length}</strong>.</p> : null}
                <ApplicationTextArea
                  id={id("description")}
                  label="Beschrijving van de jeugdhulp die u op de school leverde"
                  hint="Wat deed u, voor wie (leerlingen, leerkrachten, ouders), hoe vaak en met hoeveel medewerkers?"
                  rows={4}
                  registration={form.register(path("description"))}
                  error={err("description")}
                />
                <div className="grid gap-4 sm:grid-cols-3">
                  <ApplicationInput id={id("contactName")} label="Contactpersoon bij de school" autoComplete="off" registration={form.register(path("contactName"))} error={err("contactName")} />
                  <ApplicationInput id={id("contactEmail")} type="email" label="E-mailadres contactpersoon" autoComplete="off" registration={form.register(path("contactEmail"))} error={err("contactEmail")} />
                  <ApplicationInput id={id("contactPhone")} type="tel" label="Telefoonnummer contactpersoon" autoComplete="off" registration={form.register(path("contactPhone"))} error={err("contactPhone")} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="secondary"
                    disabled={disabled || !copy || fields.length >= REFERENCES_MAX}
                    onClick={() => copy && insert(copy.at, copy.reference, { focusName: `references.${copy.at}.clusterId` })}
                  >
                    Referentie {n} kopiëren voor een ander cluster
                  </Button>
                  <Button variant="secondary" disabled={disabled} onClick={() => remove(index)}>
                    Referentie {n} verwijderen
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {fields.length >= REFERENCES_MAX ? <p className="text-sm text-slate-700">U kunt maximaal {REFERENCES_MAX} referentieopdrachten opgeven.</p> : null}
      <Button id={fieldIds.addReference} variant="secondary" disabled={disabled || fields.length >= REFERENCES_MAX} onClick={() => append({ ...EMPTY_REFERENCE, clusterId: defaultCluster }, { focusName: `references.${fields.length}.schoolName` })}>
        Referentieopdracht toevoegen
      </Button>
      {errorFor(fieldIds.addReference, "references") ? (
        <p className="text-sm font-medium text-red-700">{errorFor(fieldIds.addReference, "references")}</p>
      ) : null}
    </ApplicationSection>
  );
}
