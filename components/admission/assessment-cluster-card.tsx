import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ADMISSION_OUTCOME_LABELS } from "@/lib/domain/admission/assessment";
import { formatDateTimeWithZone } from "@/lib/domain/format";
import type { ClusterAssessmentView, RequirementAssessmentView } from "@/lib/server/queries/admission-assessment";
import { AssessmentKnowledge, AssessmentReferences } from "./assessment-cluster-content";
import { AssessmentRequirementForm } from "./assessment-requirement-form";
import { DecisionStatusBadge } from "./decision-badge";
import { DecisionForm } from "./decision-form";
import { DecisionReviewForms } from "./decision-review-forms";

const KIND_LABELS = { EXPERIENCE: "Ervaring", KNOWLEDGE: "Kennis", EXPERTISE: "Expertise" } as const;

/** What the provider submitted as evidence for one requirement. */
function Evidence({ cluster, requirement }: { cluster: ClusterAssessmentView; requirement: RequirementAssessmentView }) {
  if (requirement.kind === "EXPERIENCE") return <AssessmentReferences cluster={cluster} />;
  if (requirement.kind === "KNOWLEDGE") return <AssessmentKnowledge cluster={cluster} />;
  return (
    <div className="text-sm">
      <p className="font-medium">Onderbouwing van de aanbieder</p>
      <p className="whitespace-pre-line">{requirement.substantiation || "Geen onderbouwing gegeven."}</p>
    </div>
  );
}

function CurrentAssessment({ assessment }: { assessment: NonNullable<RequirementAssessmentView["assessment"]> }) {
  return (
    <p className="text-sm">
      <Badge tone={assessment.met ? "success" : "warning"}>{assessment.met ? "Voldaan" : "Niet voldaan"}</Badge>{" "}
      <span className="text-slate-700">beoordeeld door {assessment.assessedBy}, {formatDateTimeWithZone(assessment.assessedAt)}</span>
      {assessment.note ? <span className="mt-1 block whitespace-pre-line">{assessment.note}</span> : null}
    </p>
  );
}

function RequirementForm({ cluster, requirement, index }: { cluster: ClusterAssessmentView; requirement: RequirementAssessmentView; index: number }) {
  return (
    <AssessmentRequirementForm
      applicationClusterId={cluster.applicationClusterId}
      requirementId={requirement.id}
      requirementLabel={`${cluster.clusterName}, eis ${index + 1}`}
      met={requirement.assessment?.met ?? null}
      note={requirement.assessment?.note ?? ""}
    />
  );
}

/** One cluster of an application: the evidence per requirement with its assessment, and the decision with four eyes. */
export function AssessmentClusterCard({ cluster, actorUserId }: { cluster: ClusterAssessmentView; actorUserId: string }) {
  const { decision, frozenReason } = cluster;
  const awaiting = decision !== null && !decision.final;
  return (
    <Card title={cluster.clusterName}>
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span>Eisen beoordeeld: {cluster.progress.assessed} van {cluster.progress.total}</span>
        <DecisionStatusBadge status={cluster.progress.status} outcome={cluster.progress.outcome} />
      </p>

      <h3 className="mb-2 font-semibold">Eisen</h3>
      <ol className="space-y-6">
        {cluster.requirements.map((r, i) => (
          <li key={r.id} className="space-y-3 rounded-md border border-slate-200 p-3">
            <p>
              <span className="text-sm text-slate-700">{i + 1}. {KIND_LABELS[r.kind]}</span>
              <span className="block font-medium">{r.text}</span>
            </p>
            <Evidence cluster={cluster} requirement={r} />
            {r.assessment ? <CurrentAssessment assessment={r.assessment} /> : <p className="text-sm text-slate-700">Nog niet beoordeeld.</p>}
            {frozenReason ? null : r.assessment ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium">Beoordeling wijzigen<span className="sr-only"> ({cluster.clusterName}, eis {i + 1})</span></summary>
                <div className="mt-2">
                  <RequirementForm cluster={cluster} requirement={r} index={i} />
                </div>
              </details>
            ) : (
              <RequirementForm cluster={cluster} requirement={r} index={i} />
            )}
          </li>
        ))}
      </ol>

      <h3 className="mb-2 mt-6 font-semibold">Besluit</h3>
      <div className="space-y-4">
        {decision ? (
          <div className="space-y-1 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={decision.outcome === "ADMITTED" ? "success" : "warning"}>{ADMISSION_OUTCOME_LABELS[decision.outcome]}</Badge>
              <span className="text-slate-700">vastgelegd door {decision.decidedBy}, {formatDateTimeWithZone(decision.decidedAt)}</span>
            </p>
            <p className="whitespace-pre-line">{decision.motivation}</p>
            {decision.confirmedBy && decision.confirmedAt ? (
              <p className="text-slate-700">Bevestigd door {decision.confirmedBy}, {formatDateTimeWithZone(decision.confirmedAt)}.</p>
            ) : null}
            {decision.outcome === "ADMITTED" ? <p className="text-slate-700">Toegelaten is direct definitief.</p> : null}
          </div>
        ) : (
          <p className="text-sm">Nog geen besluit. Beoordeel eerst alle eisen.</p>
        )}
        {frozenReason ? <Alert tone="info">{frozenReason}</Alert> : null}
        {!frozenReason && awaiting && decision.decidedById === actorUserId ? (
          <Alert tone="warning" title="Wacht op bevestiging (vier ogen)">
            U heeft dit besluit genomen. Een tweede medewerker moet het bevestigen of terugsturen; u kunt het zelf nog wijzigen.
          </Alert>
        ) : null}
        {!frozenReason && awaiting && decision.decidedById !== actorUserId ? (
          <div className="rounded-md border border-amber-300 p-3">
            <p className="mb-3 text-sm font-medium">Tweede medewerker: bevestig dit besluit of stuur het terug.</p>
            <DecisionReviewForms decisionId={decision.id} clusterName={cluster.clusterName} />
          </div>
        ) : null}
        {frozenReason ? null : decision ? (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer font-medium">Besluit wijzigen<span className="sr-only"> ({cluster.clusterName})</span></summary>
            <div className="mt-3">
              <DecisionForm applicationClusterId={cluster.applicationClusterId} clusterName={cluster.clusterName} outcome={decision.outcome} motivation={decision.motivation} hasDecision />
            </div>
          </details>
        ) : (
          <DecisionForm applicationClusterId={cluster.applicationClusterId} clusterName={cluster.clusterName} outcome={null} motivation="" hasDecision={false} />
        )}
      </div>
    </Card>
  );
}
