// The autosave of a draft, without React: the forms of the admission
// application, the written plans, the score sheets and the plan of approach all
// use it through useAutosave. Kept free of React so that its timing can be
// tested with fake timers.
//
// - A change is saved DELAY_MS after the last change (or at once by flush()).
// - One save at a time; a change made while a save runs is saved right after it.
// - Returning to the content that was saved last cancels the pending save and
//   shows the last save again (it must never hang on "will be saved soon").
// - A failed save keeps the input in the form and says why; the next change or
//   flush tries again.

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

/** What a save answers: the server's time of the save, or a Dutch reason it failed. */
export type SaveOutcome = { savedAt: Date } | { error: string };

export const AUTOSAVE_DELAY_MS = 1500;

const CONNECTION_LOST = "Controleer uw verbinding; we proberen het bij de volgende wijziging opnieuw.";

export class DraftAutosave<P> {
  private payload: P;
  private snapshot: string;
  private savedSnapshot: string;
  private lastSavedAt: Date | null = null;
  private enabled = false;
  private status: SaveStatus = { kind: "idle" };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    initial: P,
    private save: (payload: P) => Promise<SaveOutcome>,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.payload = initial;
    this.snapshot = JSON.stringify(initial);
    this.savedSnapshot = this.snapshot;
  }

  /**
   * The form as it is now. With `enabled` a change is saved after the delay;
   * without it (a read-only form, or changes that are saved by a deliberate
   * click) the change is only marked as not saved.
   */
  sync(payload: P, save: (payload: P) => Promise<SaveOutcome>, enabled: boolean): void {
    this.save = save;
    const snapshot = JSON.stringify(payload);
    const changed = snapshot !== this.snapshot || enabled !== this.enabled;
    this.payload = payload;
    this.snapshot = snapshot;
    this.enabled = enabled;
    if (!changed) return;
    if (snapshot === this.savedSnapshot) {
      this.cancelTimer();
      if (this.status.kind === "pending") this.setStatus(this.restingStatus());
      return;
    }
    if (this.status.kind !== "saving") this.setStatus({ kind: "pending" });
    if (!enabled) return;
    this.cancelTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now if anything changed; waits for a save that is running. */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        if (!(await this.saveOnce())) break;
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Before a submit: no new save starts, and a running one is awaited (so the two never race). */
  async settle(): Promise<void> {
    this.cancelTimer();
    await this.running;
  }

  /** After a submit or a deliberate save elsewhere: this content counts as saved. */
  markSaved(payload: P): void {
    this.savedSnapshot = JSON.stringify(payload);
    if (this.savedSnapshot === this.snapshot) this.cancelTimer();
    this.setStatus({ kind: "idle" });
  }

  /** Input that a closed tab would lose. */
  hasUnsavedChanges(): boolean {
    return this.snapshot !== this.savedSnapshot || this.running !== null;
  }

  dispose(): void {
    this.cancelTimer();
  }

  /** One save of the latest content. False when it failed (the loop stops). */
  private async saveOnce(): Promise<boolean> {
    const { payload, snapshot } = this;
    if (snapshot === this.savedSnapshot) {
      if (this.status.kind === "pending") this.setStatus(this.restingStatus());
      return true;
    }
    this.setStatus({ kind: "saving" });
    const outcome = await this.save(payload).catch((): SaveOutcome => ({ error: CONNECTION_LOST }));
    if ("error" in outcome) {
      this.setStatus({ kind: "error", message: outcome.error });
      return false;
    }
    this.savedSnapshot = snapshot;
    this.lastSavedAt = outcome.savedAt;
    // Changed during the save: the timer set by that change saves it (or, with
    // autosave off, the next deliberate save).
    this.setStatus(this.snapshot === snapshot ? { kind: "saved", at: outcome.savedAt } : { kind: "pending" });
    return true;
  }

  private restingStatus(): SaveStatus {
    return this.lastSavedAt ? { kind: "saved", at: this.lastSavedAt } : { kind: "idle" };
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.onStatus(status);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
