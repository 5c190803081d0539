"use client";
import { formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import type { SaveStatus } from "./use-autosave";

/** "Concept opgeslagen om 14:03 CET" (the server's time), or what is happening. */
export function SaveStatusLine({ status, enabled = true }: { status: SaveStatus; enabled?: boolean }) {
  if (status.kind === "error") return <p role="alert" className="text-sm font-medium text-red-700">{status.message}</p>;
  const text =
    status.kind === "saved"
      ? `Concept opgeslagen om ${formatTime(status.at)} ${timeZoneAbbreviation(status.at)}`
      : status.kind === "saving"
        ? "Bezig met opslaan…"
        : status.kind === "pending"
          ? "Wijzigingen worden zo opgeslagen…"
          : enabled
            ? "Uw invoer wordt automatisch als concept bewaard."
            : "";
  return text ? <p role="status" data-testid="autosave-status" className="text-sm text-slate-700">{text}</p> : null;
}
