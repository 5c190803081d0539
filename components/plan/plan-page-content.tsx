import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/domain/actor";
import { formatLocalDate } from "@/lib/domain/format";
import type { Milestone } from "@/lib/domain/timeline";
import type { PlanPageView } from "@/lib/server/queries/plan";
import { PlanDocumentView } from "./plan-document";
import { ProviderPartForm } from "./provider-part-form";
import { SchoolPartForm } from "./school-part-form";
import { SigningPanel } from "./signing-panel";

/** The plan page of one school, the same for every party and staff: what each may do follows from the view's permissions. */
export function PlanPageContent({ view, actor, milestones, now, back }: { view: PlanPageView; actor: Actor; milestones: readonly Milestone[]; now: Date; back: ReactNode }) {
  const knownVersionId = view.status === "FINAL" ? "" : (view.current?.id ?? "");
  const waiting = !view.choiceFinal && (view.viewer === "PROVIDER" || view.viewer === "MUNICIPALITY");
  return (
    <div className="space-y-6">
      {back}
      <div>
        <h1 className="text-2xl font-bold">Plan van aanpak — {view.school.name}</h1>
        <p className="mt-1 text-slate-700">
          {view.school.city}, {view.school.municipalityName}; {view.school.clusterName}.{" "}
          {view.providers.length > 0 ? `Gekozen aanbieder(s): ${view.providers.map((p) => p.name).join(" en ")}.` : "Nog geen gekozen aanbieder."}
        </p>
      </div>
      {waiting ? (
        <Alert tone="info">
          De keuze van de school is nog niet definitief
          {view.standstillLastDay ? `: de standstilltermijn loopt tot en met ${formatLocalDate(view.standstillLastDay)}` : ""}. Daarna ziet u hier het plan.
        </Alert>
      ) : (
        <>
          {view.providers.length > 0 && view.choiceFinal ? <SigningPanel view={view} actor={actor} milestones={milestones} now={now} /> : null}
          {view.viewer === "SCHOOL" ? (
            view.permissions.editSchoolPart.allowed ? (
              <Card title="Deel van de school invullen">
                <SchoolPartForm schoolId={view.school.id} values={view.schoolPart} knownVersionId={knownVersionId} />
              </Card>
            ) : view.permissions.editSchoolPart.message ? (
              <Alert tone="info">{view.permissions.editSchoolPart.message}</Alert>
            ) : null
          ) : null}
          {view.viewer === "PROVIDER" && view.providerPart ? (
            view.permissions.editProviderPart.allowed ? (
              <Card title="Deel van de aanbieder invullen">
                <ProviderPartForm
                  schoolId={view.school.id}
                  ownProviderId={actor.organisationId}
                  topics={view.topics}
                  values={{ approaches: view.providerPart.approaches, behaviouralScientist: view.providerPart.behaviouralScientist, replacementArrangement: view.providerPart.replacementArrangement, staffContinuity: view.providerPart.staffContinuity, deployments: view.providerPart.ownRows }}
                  otherRows={view.providerPart.otherRows}
                  otherRowsBefore={view.providerPart.otherRowsBefore}
                  rules={view.rules}
                  schoolHasBehaviouralScientist={view.schoolPart.schoolHasBehaviouralScientist}
                  prefilled={view.providerPart.prefilledFromWrittenPlan}
                  knownVersionId={knownVersionId}
                />
              </Card>
            ) : view.permissions.editProviderPart.message ? (
              <Alert tone="info">{view.permissions.editProviderPart.message}</Alert>
            ) : null
          ) : null}
          {view.document ? (
            <PlanDocumentView
              plan={view.document}
              title={view.status === "FINAL" ? `Definitief plan (versie ${view.current?.number})` : view.current ? `Versie ${view.current.number} ter ondertekening` : "Het plan zoals het nu is (concept)"}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
