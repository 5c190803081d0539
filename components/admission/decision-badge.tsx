import { Badge } from "@/components/ui/badge";
import {
  ADMISSION_OUTCOME_LABELS,
  CLUSTER_STATUS_LABELS,
  type AdmissionOutcome,
  type ClusterStatus,
} from "@/lib/domain/admission/assessment";

/** Where the assessment of one cluster stands, for staff ("Wacht op bevestiging", "Definitief: toegelaten"). */
export function DecisionStatusBadge({ status, outcome }: { status: ClusterStatus; outcome: AdmissionOutcome | null }) {
  if (status === "FINAL" && outcome) {
    return <Badge tone={outcome === "ADMITTED" ? "success" : "neutral"}>Definitief: {ADMISSION_OUTCOME_LABELS[outcome].toLowerCase()}</Badge>;
  }
  if (status === "AWAITING_CONFIRMATION") return <Badge tone="warning">Niet toegelaten — {CLUSTER_STATUS_LABELS[status].toLowerCase()}</Badge>;
  return <Badge tone={status === "READY_TO_DECIDE" ? "info" : "neutral"}>{CLUSTER_STATUS_LABELS[status]}</Badge>;
}

/** What a provider (or the public) sees per cluster: the final outcome, or "In beoordeling". */
export function DecisionResultBadge({ status }: { status: AdmissionOutcome | "IN_REVIEW" }) {
  if (status === "IN_REVIEW") return <Badge tone="info">In beoordeling</Badge>;
  return <Badge tone={status === "ADMITTED" ? "success" : "warning"}>{ADMISSION_OUTCOME_LABELS[status]}</Badge>;
}
