"use client";
import { useCallback, useEffect, useRef, useState } from "react";

// Autosave of a part of the plan of approach: 1.5 s after the last change, one
// save at a time, changes during a save are saved right after it. Only while
// the plan is a draft: once a version is frozen for signing, an edit voids
// signatures, so it is saved deliberately with a button (enabled = false).
// A failed save keeps the input in the form and says so.

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

export type SaveOutcome = { savedAt: Date } | { error: string };

export function usePlanAutosave<P>({ enabled, payload, save }: { enabled: boolean; payload: P; save: (payload: P) => Promise<SaveOutcome> }) {
  const snapshot = JSON.stringify(payload);
  const latest = useRef({ payload, snapshot, save });
  const saved = useRef(snapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });

  useEffect(() => {
    latest.current = { payload, snapshot, save };
  });

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
        const { payload: current, snapshot: currentSnapshot, save: send } = latest.current;
        if (currentSnapshot === saved.current) break;
        setStatus({ kind: "saving" });
        const outcome = await send(current).catch(() => ({ error: "Controleer uw verbinding; probeer het zo opnieuw." }));
        if ("savedAt" in outcome) {
          saved.current = currentSnapshot;
          setStatus(latest.current.snapshot === currentSnapshot ? { kind: "saved", at: outcome.savedAt } : { kind: "pending" });
        } else {
          setStatus({ kind: "error", message: `Niet opgeslagen. ${outcome.error}` });
          break;
        }
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  }, []);

  useEffect(() => {
    if (snapshot === saved.current) return;
    setStatus((s) => (s.kind === "saving" ? s : { kind: "pending" }));
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 1500);
  }, [enabled, snapshot, flush]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // Warn before leaving with changes that are not saved yet.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.snapshot !== saved.current || running.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  return { status, flush, dirty: status.kind === "pending" || status.kind === "error" };
}
