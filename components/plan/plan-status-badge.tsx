import { Badge } from "@/components/ui/badge";

const LABELS = {
  NONE: { tone: "neutral", text: "Nog niet begonnen" },
  DRAFT: { tone: "info", text: "Concept" },
  SIGNING: { tone: "warning", text: "Ter ondertekening" },
  FINAL: { tone: "success", text: "Definitief" },
} as const;

export function PlanStatusBadge({ status, version }: { status: keyof typeof LABELS; version?: number | null }) {
  const l = LABELS[status];
  return <Badge tone={l.tone}>{l.text}{version && status !== "DRAFT" && status !== "NONE" ? ` (versie ${version})` : ""}</Badge>;
}
