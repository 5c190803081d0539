"use client";
import { useEffect, useMemo, useState } from "react";
import { DraftAutosave, type SaveOutcome, type SaveStatus } from "./draft-autosave";

export type { SaveOutcome, SaveStatus } from "./draft-autosave";

/**
 * Autosave of a draft form (see DraftAutosave for the rules). `payload` is the
 * draft as it would be saved now; `save` sends it and is always called with the
 * latest closure. With `enabled` false changes are only marked as not saved
 * (a read-only form, or edits that must be saved by a deliberate click).
 * Leaving the page with unsaved input asks for confirmation.
 */
export function useAutosave<P>({ enabled, payload, save }: {
  enabled: boolean;
  payload: P;
  save: (payload: P) => Promise<SaveOutcome>;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [draft] = useState(() => new DraftAutosave(payload, save, setStatus));

  useEffect(() => {
    draft.sync(payload, save, enabled);
  });

  useEffect(() => () => draft.dispose(), [draft]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (draft.hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [draft]);

  const methods = useMemo(() => ({
    /** Saves now (e.g. when a field loses focus); waits for a save that runs. */
    flush: () => draft.flush(),
    /** Before a submit: no new save starts, a running one is awaited. */
    settle: () => draft.settle(),
    /** After a submit: this content counts as saved. */
    markSaved: (saved: P) => draft.markSaved(saved),
  }), [draft]);
  return { status, ...methods };
}
