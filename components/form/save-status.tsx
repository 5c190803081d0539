"use client";
import { formatTime, timeZoneAbbreviation } from "@/lib/domain/format";
import type { SaveStatus } from "./draft-autosave";

/**
 * "Concept opgeslagen om 14:03 CET" (the server's time), or what is happening.
 * - `autosave`: whether changes save by themselves (else: "not saved yet").
 * - `echo`: a copy for the eye only (e.g. by the submit button), so that a
 *   screen reader hears each change once, from the live line.
 */
export function SaveStatusLine({ status, autosave = true, echo = false }: { status: SaveStatus; autosave?: boolean; echo?: boolean }) {
  const live = echo ? { "aria-hidden": true } : { "data-testid": "autosave-status" };
  if (status.kind === "error") {
    return (
      <p {...live} role={echo ? undefined : "alert"} className="text-sm font-medium text-red-700">
        {autosave ? "Concept niet opgeslagen." : "Niet opgeslagen."} {status.message}
      </p>
    );
  }
  const text =
    status.kind === "saved" ? `${autosave ? "Concept opgeslagen" : "Opgeslagen"} om ${formatTime(status.at)} ${timeZoneAbbreviation(status.at)}`
    : status.kind === "saving" ? "Bezig met opslaan…"
    : status.kind === "pending" ? (autosave ? "Wijzigingen worden zo opgeslagen…" : "U heeft wijzigingen die nog niet zijn opgeslagen.")
    : autosave ? "Uw invoer wordt automatisch als concept bewaard."
    : "";
  return text ? <p {...live} role={echo ? undefined : "status"} className="text-sm text-slate-700">{text}</p> : null;
}
