"use client";
import type { MouseEvent, Ref } from "react";
import { SaveStatusLine } from "@/components/form/save-status";
import type { SaveStatus } from "@/components/form/use-autosave";
import { ReceiptCard, type ReceiptView } from "@/components/receipt/receipt-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApplicationIssue, ClusterExperience } from "@/lib/domain/admission/application";
import { experienceWarning } from "./application-cluster-part";

/** Moves the focus to the field an issue is about (the link also works without script, as an anchor). */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const element = document.getElementById(fieldId);
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: "center" });
  element.focus();
  history.replaceState(null, "", `#${fieldId}`);
}

/** What is missing or wrong, each item a link to its field. */
export function ApplicationIssueList({ issues, headingRef }: { issues: ApplicationIssue[]; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <h4 ref={headingRef} tabIndex={-1} className="font-semibold text-red-900">
        Nog niet compleet: {issues.length === 1 ? "1 onderdeel" : `${issues.length} onderdelen`}
      </h4>
      <p className="mt-1 text-sm">Er is niets ingediend; uw concept blijft bewaard. Vul deze onderdelen aan en dien opnieuw in:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {issues.map((issue) => (
          <li key={issue.fieldId}>
            <a href={`#${issue.fieldId}`} className="text-red-900" onClick={(e) => goToField(e, issue.fieldId)}>{issue.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface SubmittedResult {
  receipt: ReceiptView;
  replayed: boolean;
}

/** The end of the form: missing items, the experience warning, the receipt and the submit button. */
export function ApplicationSubmitPanel({ issues, belowMinimum, confirming, onConfirm, error, saveStatus, submitted, pending, disabled, issuesRef, warningRef, receiptRef }: {
  issues: ApplicationIssue[] | null;
  belowMinimum: ClusterExperience[];
  /** The provider clicked submit while below the minimum: ask once more. */
  confirming: boolean;
  onConfirm: () => void;
  error: string | null;
  saveStatus: SaveStatus;
  submitted: SubmittedResult | null;
  pending: boolean;
  disabled: boolean;
  issuesRef: Ref<HTMLHeadingElement>;
  warningRef: Ref<HTMLHeadingElement>;
  receiptRef: Ref<HTMLDivElement>;
}) {
  return (
    <section aria-labelledby="aanvraag-indienen" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h3 id="aanvraag-indienen" className="text-lg font-semibold">Indienen</h3>
      {submitted ? (
        <div ref={receiptRef} tabIndex={-1} className="space-y-3">
          <Alert tone="success">
            {submitted.replayed
              ? "Deze aanvraag was al ontvangen; hieronder staat het oorspronkelijke ontvangstbewijs."
              : `Uw aanvraag is ontvangen (versie ${submitted.receipt.version}). Bewaar het ontvangstbewijs. Wijzigt u nog iets, dan wordt dat een nieuw concept dat u opnieuw indient.`}
          </Alert>
          <ReceiptCard receipt={submitted.receipt} />
        </div>
      ) : null}
      {issues && issues.length > 0 ? <ApplicationIssueList issues={issues} headingRef={issuesRef} /> : null}
      {belowMinimum.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-900">
          <h4 ref={warningRef} tabIndex={-1} className="font-semibold">
            {confirming ? "Let op: toch indienen?" : "Let op: minder ervaring dan gevraagd"}
          </h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {belowMinimum.map((e) => <li key={e.clusterId}>{experienceWarning(e)}</li>)}
          </ul>
          {confirming ? (
            <div className="mt-3 flex flex-wrap gap-2">
              <Button onClick={onConfirm} disabled={pending || disabled}>Toch indienen</Button>
              <a href="#referenties" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold">Terug naar de referenties</a>
            </div>
          ) : null}
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-slate-700">
        Na het indienen krijgt u direct een ontvangstbewijs. Tot de sluiting kunt u opnieuw indienen; dan geldt de nieuwste versie en
        blijven eerdere versies met hun ontvangstbewijs bewaard.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending || disabled}>{pending ? "Bezig met indienen…" : "Aanvraag indienen"}</Button>
        <SaveStatusLine status={saveStatus} echo />
      </div>
    </section>
  );
}
