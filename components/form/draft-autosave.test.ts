import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, DraftAutosave, type SaveOutcome, type SaveStatus } from "./draft-autosave";

type Draft = { text: string };

/** Saves the test completes by hand, to see what happens while one runs. */
function deferredSaves() {
  const calls: { payload: Draft; resolve: (outcome: SaveOutcome) => void; reject: (error: Error) => void }[] = [];
  const save = (payload: Draft) => new Promise<SaveOutcome>((resolve, reject) => calls.push({ payload, resolve, reject }));
  return { calls, save };
}

function setUp(initial = "begin") {
  const saves = deferredSaves();
  const statuses: SaveStatus[] = [];
  const draft = new DraftAutosave<Draft>({ text: initial }, saves.save, (s) => statuses.push(s));
  draft.sync({ text: initial }, saves.save, true);
  const type = (text: string, enabled = true) => draft.sync({ text }, saves.save, enabled);
  const last = () => statuses.at(-1);
  return { draft, saves, statuses, type, last };
}

const at = (iso: string) => new Date(iso);

describe("DraftAutosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves the latest content once, after the delay since the last change", async () => {
    const { saves, type, last } = setUp();
    type("a");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    type("ab");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(saves.calls).toHaveLength(0);
    expect(last()).toEqual({ kind: "pending" });
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.calls.map((c) => c.payload.text)).toEqual(["ab"]);
    expect(last()).toEqual({ kind: "saving" });
    saves.calls[0]!.resolve({ savedAt: at("2025-09-15T08:00:00Z") });
    await vi.runAllTimersAsync();
    expect(last()).toEqual({ kind: "saved", at: at("2025-09-15T08:00:00Z") });
    expect(saves.calls).toHaveLength(1);
  });

  it("does not hang on 'pending' when the content returns to what was saved", async () => {
    const { draft, saves, type, last } = setUp();
    type("2024-06-30");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saves.calls[0]!.resolve({ savedAt: at("2025-09-15T08:00:00Z") });
    await vi.runAllTimersAsync();
    type("2022-12-31");
    expect(last()).toEqual({ kind: "pending" });
    type("2024-06-30");
    expect(last()).toEqual({ kind: "saved", at: at("2025-09-15T08:00:00Z") });
    await vi.runAllTimersAsync();
    expect(saves.calls).toHaveLength(1);
    expect(draft.hasUnsavedChanges()).toBe(false);
  });

  it("returns to 'idle' when a first change is undone before anything was saved", async () => {
    const { saves, type, last } = setUp("begin");
    type("begin!");
    type("begin");
    expect(last()).toEqual({ kind: "idle" });
    await vi.runAllTimersAsync();
    expect(saves.calls).toHaveLength(0);
  });

  it("runs one save at a time and saves a change made during a save right after it", async () => {
    const { saves, type, last, draft } = setUp();
    type("one");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    type("two");
    const flushed = draft.flush();
    expect(saves.calls).toHaveLength(1);
    expect(last()).toEqual({ kind: "saving" });
    saves.calls[0]!.resolve({ savedAt: at("2025-09-15T08:00:00Z") });
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.calls.map((c) => c.payload.text)).toEqual(["one", "two"]);
    saves.calls[1]!.resolve({ savedAt: at("2025-09-15T08:00:05Z") });
    await flushed;
    expect(last()).toEqual({ kind: "saved", at: at("2025-09-15T08:00:05Z") });
  });

  it("keeps the input and says why when a save fails; the next change tries again", async () => {
    const { saves, type, last, draft } = setUp();
    type("lost connection");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saves.calls[0]!.reject(new Error("network"));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ kind: "error", message: expect.stringContaining("verbinding") });
    expect(draft.hasUnsavedChanges()).toBe(true);
    type("lost connection.");
    expect(last()).toEqual({ kind: "pending" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves.calls.map((c) => c.payload.text)).toEqual(["lost connection", "lost connection."]);
  });

  it("shows the server's refusal as the reason", async () => {
    const { saves, type, last } = setUp();
    type("too late");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saves.calls[0]!.resolve({ error: "De termijn is gesloten." });
    await vi.runAllTimersAsync();
    expect(last()).toEqual({ kind: "error", message: "De termijn is gesloten." });
  });

  it("with autosave off only marks a change as not saved; flush saves it", async () => {
    const { saves, type, last, draft } = setUp();
    type("deliberate", false);
    await vi.runAllTimersAsync();
    expect(saves.calls).toHaveLength(0);
    expect(last()).toEqual({ kind: "pending" });
    const flushed = draft.flush();
    saves.calls[0]!.resolve({ savedAt: at("2025-09-15T08:00:00Z") });
    await flushed;
    expect(last()).toEqual({ kind: "saved", at: at("2025-09-15T08:00:00Z") });
  });

  it("settle cancels a pending save and waits for a running one, so a submit never races a save", async () => {
    const { saves, type, draft } = setUp();
    type("submitted text");
    await draft.settle();
    await vi.runAllTimersAsync();
    expect(saves.calls).toHaveLength(0);
    type("submitted text!");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    let settled = false;
    const settling = draft.settle().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    saves.calls[0]!.resolve({ savedAt: at("2025-09-15T08:00:00Z") });
    await settling;
    expect(settled).toBe(true);
  });

  it("after markSaved the submitted content is not saved again as a draft", async () => {
    const { saves, type, last, draft } = setUp();
    type("final");
    draft.markSaved({ text: "final" });
    await vi.runAllTimersAsync();
    expect(saves.calls).toHaveLength(0);
    expect(last()).toEqual({ kind: "idle" });
    expect(draft.hasUnsavedChanges()).toBe(false);
  });

  it("a flush with nothing changed sends nothing and shows nothing new", async () => {
    const { saves, draft, statuses } = setUp();
    await draft.flush();
    expect(saves.calls).toHaveLength(0);
    expect(statuses).toEqual([]);
  });
});
