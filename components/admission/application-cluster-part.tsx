"use client";
import type { UseFormReturn } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { fieldIds, type ApplicationContent, type ClusterExperience } from "@/lib/domain/admission/application";
import { formatExperience } from "@/lib/domain/admission/experience";
import { formatYearsMonths } from "@/lib/domain/format";
import type { AdmissionContextView } from "@/lib/server/queries/admission-application";
import { ApplicationSection, ApplicationTextArea } from "./application-fields";

type Cluster = AdmissionContextView["clusters"][number];

/** The warning shown when the references give less experience than the cluster asks. */
export function experienceWarning(e: ClusterExperience): string {
  return (
    `Uw referenties geven voor ${e.clusterName} ${formatExperience(e.experience)} ervaring; gevraagd is minimaal ${formatYearsMonths(e.minMonths)}. ` +
    "U kunt toch indienen, maar het Servicebureau toetst deze eis bij de beoordeling."
  );
}

/** One chosen cluster: the computed experience, the two kinds of knowledge and each required expertise. */
export function ApplicationClusterPart({ cluster, experience, form, errorFor }: {
  cluster: Cluster;
  experience: ClusterExperience | undefined;
  form: UseFormReturn<ApplicationContent>;
  errorFor: (fieldId: string, path: string) => string | undefined;
}) {
  const requirement = (kind: "EXPERIENCE" | "KNOWLEDGE") => cluster.requirements.find((r) => r.kind === kind)?.text;
  const knowledge = requirement("KNOWLEDGE");
  const base = `clusters.${cluster.id}` as const;
  return (
    <ApplicationSection id={`cluster-${cluster.id}`} title={`${cluster.name}: eisen`}>
      <div className="space-y-2" data-testid={`experience-${cluster.code}`}>
        <h3 className="text-base font-semibold">Ervaring</h3>
        {requirement("EXPERIENCE") ? <p className="text-sm text-slate-600">{requirement("EXPERIENCE")}</p> : null}
        <p aria-live="polite">
          Berekend uit {experience?.referenceCount === 1 ? "1 referentie" : `${experience?.referenceCount ?? 0} referenties`} voor dit cluster:{" "}
          <strong>{formatExperience(experience?.experience ?? { months: 0, days: 0 })}</strong>
          {experience?.meetsMinimum ? " — voldoet aan het minimum." : null}
        </p>
        {experience && !experience.meetsMinimum ? <Alert tone="warning">{experienceWarning(experience)}</Alert> : null}
        <p className="text-xs text-slate-600">
          Overlappende of aansluitende perioden tellen één keer. Per periode tellen hele kalendermaanden; losse dagen van alle perioden
          samen tellen per 31 als een maand.
        </p>
      </div>
      <ApplicationTextArea
        id={fieldIds.careLandscape(cluster.id)}
        label="Kennis van het zorglandschap in de regio"
        hint={knowledge}
        registration={form.register(`${base}.careLandscapeKnowledge`)}
        error={errorFor(fieldIds.careLandscape(cluster.id), `${base}.careLandscapeKnowledge`)}
      />
      <ApplicationTextArea
        id={fieldIds.educationalOffer(cluster.id)}
        label={`Kennis van het onderwijsaanbod voor ${cluster.name}`}
        hint={knowledge}
        registration={form.register(`${base}.educationalOfferKnowledge`)}
        error={errorFor(fieldIds.educationalOffer(cluster.id), `${base}.educationalOfferKnowledge`)}
      />
      {cluster.requirements
        .filter((r) => r.kind === "EXPERTISE")
        .map((r) => (
          <ApplicationTextArea
            key={r.id}
            id={fieldIds.expertise(cluster.id, r.id)}
            label={r.text}
            hint="Onderbouw deze expertise: welke medewerkers, opleidingen, methoden en ervaringen?"
            registration={form.register(`${base}.expertise.${r.id}`)}
            error={errorFor(fieldIds.expertise(cluster.id, r.id), `${base}.expertise.${r.id}`)}
          />
        ))}
    </ApplicationSection>
  );
}
