"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useAutosave } from "@/components/form/use-autosave";

// Saving one part of the plan: the draft autosaves; once a version lies ready
// for signing, a change is saved only by a deliberate click, because it voids
// that version and its signatures. The editor sends the version it showed
// (knownVersionId); the answer says what happened to the version.

export interface SaveResultData {
  savedAt: Date;
  voidedVersion: { number: number; signaturesVoided: number } | null;
  newVersion: { id: string; number: number } | null;
}

export type SendResult =
  | { data?: SaveResultData; serverError?: { code?: string; message: string; fieldErrors?: Record<string, string> }; validationErrors?: unknown }
  | undefined;

export function describeEditOutcome(d: SaveResultData): string | null {
  if (!d.voidedVersion) return null;
  const sigs = d.voidedVersion.signaturesVoided;
  const voided = `Versie ${d.voidedVersion.number} is vervallen${sigs > 0 ? `, met ${sigs} ${sigs === 1 ? "ondertekening" : "ondertekeningen"}; wie had ondertekend, krijgt daarover een e-mail` : ""}.`;
  return d.newVersion
    ? `${voided} Het gewijzigde plan is vastgelegd als versie ${d.newVersion.number}; alle partijen ondertekenen die opnieuw.`
    : `${voided} Het plan is niet meer compleet; vul het aan en leg het opnieuw vast voor ondertekening.`;
}

export function usePlanPartSave<P extends object>({ knownVersionId, payload, send, onFieldErrors }: {
  knownVersionId: string;
  payload: P;
  send: (input: P & { knownVersionId: string }) => Promise<SendResult>;
  onFieldErrors: (errors: Record<string, string>) => void;
}) {
  const router = useRouter();
  const known = useRef(knownVersionId);
  useEffect(() => {
    known.current = knownVersionId;
  }, [knownVersionId]);
  const [notice, setNotice] = useState<string | null>(null);
  const autosave = useAutosave({
    enabled: knownVersionId === "",
    payload,
    save: async (p) => {
      const result = await send({ ...p, knownVersionId: known.current });
      if (result?.data) {
        const outcome = describeEditOutcome(result.data);
        if (outcome) {
          known.current = result.data.newVersion?.id ?? "";
          setNotice(outcome);
          router.refresh();
        }
        return { savedAt: result.data.savedAt };
      }
      if (result?.serverError?.fieldErrors) onFieldErrors(result.serverError.fieldErrors);
      // Someone froze or changed the version meanwhile: load it, the input stays in the form.
      if (result?.serverError?.code === "CONFLICT") router.refresh();
      return { error: result?.serverError?.message ?? (result?.validationErrors ? "Controleer de gemarkeerde velden." : "Probeer het zo opnieuw.") };
    },
  });
  // Input that is not saved yet (in signing mode it waits for the deliberate click).
  const dirty = autosave.status.kind === "pending" || autosave.status.kind === "error";
  return { autosave: { ...autosave, dirty }, notice, signing: knownVersionId !== "" };
}
