"use client";
import { Controller, type UseFormReturn } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { fieldIds, type ApplicationContent } from "@/lib/domain/admission/application";
import { formatYearsMonths } from "@/lib/domain/format";
import type { AdmissionContextView } from "@/lib/server/queries/admission-application";
import { ApplicationCheckboxes, ApplicationInput, ApplicationSection } from "./application-fields";

type ErrorFor = (fieldId: string, path: string) => string | undefined;

/** The clusters the provider applies for (one or more). */
export function ApplicationClusterChoice({ form, context, errorFor }: { form: UseFormReturn<ApplicationContent>; context: AdmissionContextView; errorFor: ErrorFor }) {
  return (
    <ApplicationSection id="clusters-keuze" title="Clusters">
      <Controller
        control={form.control}
        name="clusterIds"
        render={({ field }) => (
          <ApplicationCheckboxes
            legend="Voor welke clusters vraagt u toelating aan?"
            hint="Kies één of meer clusters. Per gekozen cluster vult u hieronder de eisen in."
            options={context.clusters.map((c, i) => ({
              value: c.id,
              id: i === 0 ? fieldIds.clusters : `cluster-choice-${c.id}`,
              label: c.name,
              description: `${c.scope}; minimaal ${formatYearsMonths(c.minExperienceMonths)} ervaring binnen dit schooltype.`,
            }))}
            value={field.value}
            onChange={(next) => {
              field.onChange(next);
              field.onBlur();
            }}
            error={errorFor(fieldIds.clusters, "clusterIds")}
          />
        )}
      />
    </ApplicationSection>
  );
}

/** The exclusion grounds, each declared, and the authorised person who signs. */
export function ApplicationDeclarations({ form, context, today, errorFor }: { form: UseFormReturn<ApplicationContent>; context: AdmissionContextView; today: string; errorFor: ErrorFor }) {
  return (
    <ApplicationSection
      id="uitsluitingsgronden"
      title="Uitsluitingsgronden"
      intro={<p>Verklaar voor iedere grond dat die op uw organisatie van toepassing is zoals hieronder staat. Een bevoegd persoon ondertekent de verklaring.</p>}
    >
      <Controller
        control={form.control}
        name="declaredGroundIds"
        render={({ field }) => (
          <ApplicationCheckboxes
            legend="Verklaring"
            options={context.exclusionGrounds.map((g, i) => ({
              value: g.id,
              id: fieldIds.declaration(g.id),
              label: <>Ik verklaar namens mijn organisatie: {g.text}</>,
              description: g.isExample ? <Badge tone="warning">Voorbeeldtekst: de definitieve tekst staat in Bijlage 2</Badge> : undefined,
              error: errorFor(fieldIds.declaration(g.id), `declaredGroundIds.${i}`),
            }))}
            value={field.value}
            onChange={(next) => {
              field.onChange(next);
              field.onBlur();
            }}
          />
        )}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <ApplicationInput id={fieldIds.signerName} label="Naam van de ondertekenaar" autoComplete="name" registration={form.register("signerName")} error={errorFor(fieldIds.signerName, "signerName")} />
        <ApplicationInput id={fieldIds.signerFunction} label="Functie" autoComplete="organization-title" registration={form.register("signerFunction")} error={errorFor(fieldIds.signerFunction, "signerFunction")} />
        <ApplicationInput id={fieldIds.signedOn} type="date" label="Datum van ondertekening" max={today} registration={form.register("signedOn")} error={errorFor(fieldIds.signedOn, "signedOn")} />
      </div>
    </ApplicationSection>
  );
}
