"use client";
import { useAction } from "next-safe-action/hooks";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveApplicationDraftAction } from "@/lib/actions/admission";
import type { ApplicationContent } from "@/lib/domain/admission/application";
import { applicationContentSchema } from "@/lib/schemas/admission";

// Autosave of the application draft: 1.5 s after the last change, and at once
// when a field loses focus. One save at a time; changes made while a save
// runs are saved right after it. The server answers with the draft's id (a
// first save, or the first edit after a submit, creates a new version) and
// its own time for "Concept opgeslagen om …".

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

const DELAY_MS = 1500;

export function useApplicationAutosave({ enabled, payload, initialId, onInvalid }: {
  enabled: boolean;
  /** The content as it would be saved now. */
  payload: ApplicationContent;
  /** The version the form was loaded from ("" for none). */
  initialId: string;
  /** Called when the content does not pass the schema (e.g. a text that is too long): nothing is sent. */
  onInvalid: () => void;
}) {
  const { executeAsync } = useAction(saveApplicationDraftAction);
  // The latest callbacks, so that the save functions below keep one identity.
  const callbacks = useRef({ executeAsync, onInvalid });
  const snapshot = JSON.stringify(payload);
  const latest = useRef({ payload, snapshot });
  const idRef = useRef(initialId);
  const savedSnapshot = useRef(snapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  useEffect(() => {
    latest.current = { payload, snapshot };
    callbacks.current = { executeAsync, onInvalid };
  });

  const run = useCallback(async (): Promise<void> => {
    const { payload: content, snapshot: current } = latest.current;
    if (current === savedSnapshot.current) return;
    if (!applicationContentSchema.safeParse(content).success) {
      callbacks.current.onInvalid();
      setStatus({ kind: "error", message: "Concept niet opgeslagen: een veld is te lang. Zie de melding bij het veld." });
      return;
    }
    setStatus({ kind: "saving" });
    const result = await callbacks.current.executeAsync({ ...content, applicationId: idRef.current }).catch(() => undefined);
    if (result?.data) {
      idRef.current = result.data.applicationId;
      savedSnapshot.current = current;
      setStatus(latest.current.snapshot === current ? { kind: "saved", at: result.data.savedAt } : { kind: "pending" });
    } else {
      const reason = result?.serverError?.message
        ?? (result?.validationErrors ? "Controleer de gemarkeerde velden." : "Controleer uw verbinding; we proberen het bij de volgende wijziging opnieuw.");
      setStatus({ kind: "error", message: `Concept niet opgeslagen. ${reason}` });
    }
  }, []);

  /** Saves now (if anything changed); waits for a save that is running. */
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) {
      again.current = true;
      return running.current;
    }
    running.current = (async () => {
      do {
        again.current = false;
        await run();
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [run]);

  // Debounced save after each change.
  useEffect(() => {
    if (!enabled || snapshot === savedSnapshot.current) return;
    setStatus((s) => (s.kind === "saving" || s.kind === "pending" ? s : { kind: "pending" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [enabled, snapshot, flush]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // Warn before leaving with changes that are not saved yet.
  useEffect(() => {
    if (!enabled) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.snapshot !== savedSnapshot.current || running.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [enabled]);

  return {
    status,
    flush,
    /** Before a submit: no new save is started, and a running one is awaited (so both never race). */
    settle: async (): Promise<void> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      await running.current;
    },
    /** The version the next save or submit builds on. */
    applicationId: () => idRef.current,
    /** After a submit: the submitted version is the base, and this content counts as saved. */
    markSubmitted: (applicationId: string, submittedSnapshot: string) => {
      idRef.current = applicationId;
      savedSnapshot.current = submittedSnapshot;
      setStatus({ kind: "idle" });
    },
  };
}
