"use client";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { TextAreaField } from "@/components/form/text-area-field";
import { Alert } from "@/components/ui/alert";
import { savePlanProviderPartAction } from "@/lib/actions/plan";
import { PLAN_TEXT_MAX, type DeploymentRowFormValues } from "@/lib/schemas/plan";
import { DeploymentFields, type DeploymentRulesView, type ProviderFormValues } from "./deployment-fields";
import { PlanPartSaveBar } from "./plan-part-save-bar";
import { usePlanPartSave } from "./use-plan-part-save";

/** The agreements both chosen providers write together (one text each on the plan). */
const SHARED_FIELDS = ["behaviouralScientist", "replacementArrangement", "staffContinuity"] as const;
type SharedField = (typeof SHARED_FIELDS)[number];

/**
 * The chosen provider's part: its approach per topic (pre-filled from its
 * written plan), the behavioural scientist, replacement, continuity, and its
 * rows of the deployment table. Autosaved as a draft; under signing, saved
 * deliberately (a new version). The agreements are shared with the other
 * chosen provider: a save sends only those this editor changed, so it never
 * overwrites what the other provider wrote after this page was loaded.
 */
export function ProviderPartForm({ schoolId, ownProviderId, topics, values, otherRows, otherRowsBefore, rules, schoolHasBehaviouralScientist, prefilled, knownVersionId }: {
  schoolId: string;
  ownProviderId: string;
  topics: { id: string; number: number; title: string; guidance: string }[];
  values: ProviderFormValues;
  otherRows: (DeploymentRowFormValues & { providerId: string; providerName: string })[];
  otherRowsBefore: number;
  rules: DeploymentRulesView | null;
  schoolHasBehaviouralScientist: boolean;
  prefilled: boolean;
  knownVersionId: string;
}) {
  const form = useForm<ProviderFormValues>({ defaultValues: values });
  const watched = useWatch({ control: form.control }) as ProviderFormValues;
  const [edited, setEdited] = useState<readonly SharedField[]>([]);
  const shared = (name: SharedField) =>
    form.register(name, { onChange: () => setEdited((e) => (e.includes(name) ? e : [...e, name])) });
  const payload = {
    schoolId,
    approaches: watched.approaches ?? {},
    deployments: watched.deployments ?? [],
    ...(Object.fromEntries(SHARED_FIELDS.filter((f) => edited.includes(f)).map((f) => [f, watched[f] ?? ""])) as Partial<Record<SharedField, string>>),
  };
  const action = useAction(savePlanProviderPartAction);
  const { autosave, notice, signing } = usePlanPartSave({
    knownVersionId,
    payload,
    send: (input) => action.executeAsync(input),
    onFieldErrors: (errors) => Object.entries(errors).forEach(([k, message]) => form.setError(k as Path<ProviderFormValues>, { type: "server", message })),
  });
  const errors = form.formState.errors;

  return (
    <form noValidate className="space-y-6" onSubmit={(e) => e.preventDefault()}>
      {signing ? (
        <Alert tone="warning">
          Dit plan ligt ter ondertekening. Slaat u een wijziging op, dan vervalt de huidige versie met alle ondertekeningen en
          ondertekent iedereen de nieuwe versie opnieuw.
        </Alert>
      ) : null}
      {prefilled ? <Alert tone="info">De aanpak per onderwerp is overgenomen uit uw laatst ingediende schriftelijke plan voor deze school. Pas hem aan waar nodig.</Alert> : null}

      <section aria-labelledby="aanpak-per-onderwerp" className="space-y-4">
        <h3 id="aanpak-per-onderwerp" className="text-lg font-semibold">Aanpak per onderwerp</h3>
        {topics.map((t) => (
          <TextAreaField key={t.id} label={`${t.number}. ${t.title}`} hint={t.guidance} rows={5} maxLength={PLAN_TEXT_MAX} registration={form.register(`approaches.${t.id}`)} error={errors.approaches?.[t.id]} />
        ))}
      </section>

      <section aria-labelledby="inzet" className="space-y-4">
        <h3 id="inzet" className="text-lg font-semibold">Inzet van jeugdhulpverleners</h3>
        <DeploymentFields control={form.control} register={form.register} errors={errors} ownProviderId={ownProviderId} otherRows={otherRows} otherRowsBefore={otherRowsBefore} rules={rules} disabled={false} />
      </section>

      <section aria-labelledby="afspraken" className="space-y-4">
        <h3 id="afspraken" className="text-lg font-semibold">Afspraken</h3>
        {schoolHasBehaviouralScientist ? (
          <p className="text-sm">De school heeft zelf een gedragswetenschapper of orthopedagoog; u hoeft er geen beschikbaar te stellen.</p>
        ) : (
          <TextAreaField label="Gedragswetenschapper of orthopedagoog voor advies" hint="Wie is beschikbaar, en hoe bereikt de school hem of haar?" rows={3} maxLength={PLAN_TEXT_MAX} registration={shared("behaviouralScientist")} error={errors.behaviouralScientist} />
        )}
        <TextAreaField label="Vervanging bij afwezigheid langer dan twee weken" hint="Bij voorkeur door iemand die de school en de leerlingen al kent." rows={3} maxLength={PLAN_TEXT_MAX} registration={shared("replacementArrangement")} error={errors.replacementArrangement} />
        <TextAreaField label="Continuïteit van personeel" hint="Hoe blijft het team gedurende de looptijd stabiel?" rows={3} maxLength={PLAN_TEXT_MAX} registration={shared("staffContinuity")} error={errors.staffContinuity} />
      </section>

      <PlanPartSaveBar autosave={autosave} notice={notice} signing={signing} />
    </form>
  );
}
