"use client";
import { useCallback, useEffect, useRef, useState } from "react";

// Debounced autosave of a draft (written plans, score sheets): 1.5 s after the
// last change, one save at a time; changes made while a save runs are saved
// right after it. The server answers with its own time for "Concept
// opgeslagen om …". A failed save keeps the text in the form and says so.

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

export type SaveOutcome = { savedAt: Date } | { error: string };

const DELAY_MS = 1500;

export function useAutosave<P>({ enabled, payload, save }: {
  enabled: boolean;
  /** The draft as it would be saved now. */
  payload: P;
  /** Sends the draft; called with the latest payload. */
  save: (payload: P) => Promise<SaveOutcome>;
}) {
  const snapshot = JSON.stringify(payload);
  const latest = useRef({ payload, snapshot, save });
  const savedSnapshot = useRef(snapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  useEffect(() => {
    latest.current = { payload, snapshot, save };
  });

  const run = useCallback(async (): Promise<void> => {
    const { payload: current, snapshot: currentSnapshot, save: send } = latest.current;
    if (currentSnapshot === savedSnapshot.current) return;
    setStatus({ kind: "saving" });
    const outcome = await send(current).catch(() => ({ error: "Controleer uw verbinding; we proberen het bij de volgende wijziging opnieuw." }));
    if ("savedAt" in outcome) {
      savedSnapshot.current = currentSnapshot;
      setStatus(latest.current.snapshot === currentSnapshot ? { kind: "saved", at: outcome.savedAt } : { kind: "pending" });
    } else {
      setStatus({ kind: "error", message: `Concept niet opgeslagen. ${outcome.error}` });
    }
  }, []);

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
    /** Before a submit: no new save starts, and a running one is awaited (so both never race). */
    settle: async (): Promise<void> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      await running.current;
    },
    /** After a submit: this content counts as saved. */
    markSaved: (savedPayload: P) => {
      savedSnapshot.current = JSON.stringify(savedPayload);
      setStatus({ kind: "idle" });
    },
  };
}
