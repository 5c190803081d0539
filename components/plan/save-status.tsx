"use client";
import { formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import type { SaveStatus } from "./use-plan-autosave";

/** "Concept opgeslagen om 14:03 CET" (the server's time), or what is happening. */
export function PlanSaveStatus({ status, autosave }: { status: SaveStatus; autosave: boolean }) {
  if (status.kind === "error") return <p role="alert" className="whitespace-pre-line text-sm font-medium text-red-700">{status.message}</p>;
  const text =
    status.kind === "saved" ? `Opgeslagen om ${formatTime(status.at)} ${timeZoneAbbreviation(status.at)}`
    : status.kind === "saving" ? "Bezig met opslaan…"
    : status.kind === "pending" ? (autosave ? "Wijzigingen worden zo opgeslagen…" : "U heeft wijzigingen die nog niet zijn opgeslagen.")
    : autosave ? "Uw invoer wordt automatisch als concept bewaard." : "";
  return text ? <p role="status" data-testid="plan-save-status" className="text-sm text-slate-700">{text}</p> : null;
}
