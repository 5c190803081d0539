"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { applicationIssues, experienceSummary, type ApplicationContent, type ApplicationIssue } from "@/lib/domain/admission/application";
import { submitApplicationAction } from "@/lib/actions/admission";
import { applicationContentSchema } from "@/lib/schemas/admission";
import type { AdmissionContextView, ApplicationDocumentView } from "@/lib/server/queries/admission-application";
import { SaveStatusLine } from "@/components/form/save-status";
import { useApplicationAutosave } from "./application-autosave";
import { ApplicationClusterPart } from "./application-cluster-part";
import { ApplicationClusterChoice, ApplicationDeclarations } from "./application-declarations";
import { ApplicationDocuments } from "./application-documents";
import { ApplicationReferences } from "./application-references";
import { ApplicationSubmitPanel, type SubmittedResult } from "./application-submit-panel";

/** A fresh key per submit attempt; getRandomValues also works where randomUUID does not (plain http). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every cluster gets its fields (so that unticking and ticking a cluster again loses nothing while the page is open). */
function withAllClusters(content: ApplicationContent, context: AdmissionContextView): ApplicationContent {
  const clusters = Object.fromEntries(
    context.clusters.map((c) => {
      const part = content.clusters[c.id];
      const expertise = Object.fromEntries(c.requirements.filter((r) => r.kind === "EXPERTISE").map((r) => [r.id, part?.expertise[r.id] ?? ""]));
      return [c.id, { careLandscapeKnowledge: part?.careLandscapeKnowledge ?? "", educationalOfferKnowledge: part?.educationalOfferKnowledge ?? "", expertise }];
    }),
  );
  return { ...content, clusters };
}

/** What is saved and submitted: only the chosen clusters' parts. */
function toPayload(values: ApplicationContent): ApplicationContent {
  return {
    ...values,
    clusters: Object.fromEntries(values.clusterIds.flatMap((id) => (values.clusters[id] ? [[id, values.clusters[id]]] : []))),
    documents: values.documents.map((d) => ({ documentId: d.documentId, label: d.label })),
  };
}

export interface ApplicationFormProps {
  context: AdmissionContextView;
  /** The version the form starts from: the open draft, else the last submitted version; "" when there is none. */
  applicationId: string;
  content: ApplicationContent;
  documents: ApplicationDocumentView[];
  /** Today in Europe/Amsterdam by the server's clock. */
  today: string;
  initialKey: string;
}

export function ApplicationForm({ context, applicationId, content, documents, today, initialKey }: ApplicationFormProps) {
  const router = useRouter();
  const form = useForm<ApplicationContent>({ resolver: zodResolver(applicationContentSchema), defaultValues: withAllClusters(content, context), mode: "onTouched" });
  // The content as it would be saved now; as a string, so that a change (and only a change) renders again.
  const snapshot = useWatch({ control: form.control, compute: (v: ApplicationContent) => JSON.stringify(toPayload(v)) });
  const payload = useMemo(() => JSON.parse(snapshot) as ApplicationContent, [snapshot]);
  const onInvalid = useCallback(() => void form.trigger(), [form]);
  const autosave = useApplicationAutosave({ payload, initialId: applicationId, onInvalid });
  const submit = useAction(submitApplicationAction);
  const [idempotencyKey, setIdempotencyKey] = useState(initialKey);
  const [showAll, setShowAll] = useState(false);
  const [serverIssues, setServerIssues] = useState<ApplicationIssue[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<SubmittedResult | null>(null);
  const issuesRef = useRef<HTMLHeadingElement>(null);
  const warningRef = useRef<HTMLHeadingElement>(null);
  const receiptRef = useRef<HTMLDivElement>(null);

  const issues = applicationIssues(payload, context, today);
  const issueMap = new Map(issues.map((i) => [i.fieldId, i]));
  const serverMap = new Map((serverIssues ?? []).map((i) => [i.fieldId, i]));
  const experience = experienceSummary(payload, context);
  const belowMinimum = experience.filter((e) => !e.meetsMinimum);
  const listed = showAll ? (issues.length > 0 ? issues : serverIssues) : null;

  const errorFor = (fieldId: string, path: string): string | undefined => {
    const own = form.getFieldState(path as Path<ApplicationContent>, form.formState).error?.message;
    if (typeof own === "string" && own) return own;
    const issue = issueMap.get(fieldId) ?? (showAll && issues.length === 0 ? serverMap.get(fieldId) : undefined);
    return issue && (issue.kind === "invalid" || showAll) ? issue.fieldMessage : undefined;
  };

  const focusLater = (ref: { current: HTMLElement | null }) => setTimeout(() => ref.current?.focus(), 0);

  async function send(): Promise<void> {
    setSubmitError(null);
    await autosave.settle();
    const sent = toPayload(form.getValues());
    const result = await submit.executeAsync({ ...sent, applicationId: autosave.applicationId(), idempotencyKey }).catch(() => undefined);
    if (result?.data) {
      setSubmitted({ receipt: result.data.receipt, replayed: result.data.replayed });
      autosave.markSubmitted(result.data.applicationId, sent);
      setIdempotencyKey(newIdempotencyKey());
      setShowAll(false);
      setServerIssues(null);
      setConfirming(false);
      router.refresh();
      focusLater(receiptRef);
      return;
    }
    const fieldErrors = Object.entries(result?.serverError?.fieldErrors ?? {});
    if (fieldErrors.length > 0) {
      setServerIssues(fieldErrors.map(([fieldId, message]) => ({ fieldId, message, fieldMessage: message, kind: "missing" })));
      setShowAll(true);
      focusLater(issuesRef);
    } else {
      setSubmitError(
        result?.serverError?.message
          ?? (result?.validationErrors ? "Een of meer velden zijn te lang of onjuist. Zie de meldingen bij de velden." : "Indienen is niet gelukt. Controleer uw verbinding en probeer het opnieuw."),
      );
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(null);
    const valid = await form.trigger();
    const now = applicationIssues(toPayload(form.getValues()), context, today);
    if (!valid || now.length > 0) {
      setShowAll(true);
      setServerIssues(null);
      setSubmitError(valid ? null : "Een of meer velden zijn te lang. Zie de meldingen bij de velden.");
      void autosave.flush();
      focusLater(issuesRef);
      return;
    }
    if (belowMinimum.length > 0 && !confirming) {
      setConfirming(true);
      focusLater(warningRef);
      return;
    }
    await send();
  }

  const chosen = context.clusters.filter((c) => payload.clusterIds.includes(c.id));
  return (
    <form noValidate aria-label="Aanvraag tot toelating" onSubmit={onSubmit} onBlur={() => void autosave.flush()} className="space-y-6">
      <SaveStatusLine status={autosave.status} />
      <ApplicationClusterChoice form={form} context={context} errorFor={errorFor} />
      <ApplicationDeclarations form={form} context={context} today={today} errorFor={errorFor} />
      <ApplicationReferences form={form} values={payload} context={context} today={today} errorFor={errorFor} disabled={false} />
      {chosen.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">
          Kies hierboven een cluster; daarna vult u hier per cluster de kennis en expertise in en ziet u de berekende ervaring.
        </p>
      ) : (
        chosen.map((c) => <ApplicationClusterPart key={c.id} cluster={c} experience={experience.find((e) => e.clusterId === c.id)} form={form} errorFor={errorFor} />)
      )}
      <ApplicationDocuments form={form} initial={documents} errorFor={errorFor} disabled={false} />
      <ApplicationSubmitPanel
        issues={listed}
        belowMinimum={belowMinimum}
        confirming={confirming}
        onConfirm={() => void send()}
        error={submitError}
        saveStatus={autosave.status}
        submitted={submitted}
        pending={submit.isPending}
        disabled={false}
        issuesRef={issuesRef}
        warningRef={warningRef}
        receiptRef={receiptRef}
      />
    </form>
  );
}
