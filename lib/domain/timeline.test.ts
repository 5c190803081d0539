import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  instantToLocalDate,
  instantToLocalDateTime,
  localDateTimeToInstant,
  startOfLocalDay,
  startOfNextLocalDay,
} from "./local-time";
import {
  currentPhase,
  describeWindowRefusal,
  isWindowOpen,
  lastIncludedMinute,
  nextDeadline,
  optOutWindow,
  windowState,
  type Milestone,
} from "./timeline";

const at = (localDateTime: string) => localDateTimeToInstant(localDateTime);
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** A window over whole local days, firstDay through lastDay inclusive. */
function window(key: string, title: string, sortOrder: number, firstDay: string, lastDay: string | null): Milestone {
  return {
    key,
    title,
    sortOrder,
    isWindow: true,
    opensAt: startOfLocalDay(firstDay),
    closesAt: lastDay === null ? null : startOfNextLocalDay(lastDay),
  };
}
function point(key: string, title: string, sortOrder: number, day: string): Milestone {
  return { key, title, sortOrder, isWindow: false, opensAt: startOfLocalDay(day), closesAt: null };
}

/** The Haaglanden timeline, SPEC §3 (admission close date not yet set by staff). */
const haaglanden: Milestone[] = [
  point("presentation", "Presentatie voorgenomen herziening", 1, "2025-05-15"),
  point("notice", "Schriftelijke kennisgeving", 2, "2025-05-19"),
  window("reactions", "Reactietermijn", 3, "2025-05-19", "2025-06-11"),
  window("decision", "Besluitvorming gemeenten", 4, "2025-06-12", "2025-07-07"),
  point("publication", "Publicatie definitieve stukken", 5, "2025-07-08"),
  window("opt-out", "Opt-out-termijn", 6, "2025-07-09", "2025-08-08"),
  window("admission", "Toelatingsprocedure", 7, "2025-09-01", null),
  point("announcement", "Bekendmaking toegelaten aanbieders", 8, "2025-10-15"),
  window("selection", "Selectie door scholen", 9, "2025-10-16", "2025-11-30"),
  point("choice", "Keuze school", 10, "2025-11-30"),
  window("plan", "Ondertekening plan van aanpak", 11, "2025-12-01", "2026-02-13"),
  point("start", "Start op scholen", 12, "2026-03-01"),
];
const byKey = (key: string) => haaglanden.find((m) => m.key === key)!;
const reactions = byKey("reactions");

describe("windowState boundaries", () => {
  it("reaction period: 19 May 00:00 through 11 Jun 23:59:59.999 local", () => {
    expect(reactions.opensAt.toISOString()).toBe("2025-05-18T22:00:00.000Z");
    expect(reactions.closesAt!.toISOString()).toBe("2025-06-11T22:00:00.000Z");
    const open = reactions.opensAt;
    const close = reactions.closesAt!;
    expect(windowState(reactions, shift(open, -1000))).toBe("UPCOMING");
    expect(windowState(reactions, shift(open, -1))).toBe("UPCOMING");
    expect(windowState(reactions, open)).toBe("OPEN");
    expect(windowState(reactions, shift(open, 1))).toBe("OPEN");
    expect(windowState(reactions, shift(close, -1000))).toBe("OPEN");
    expect(windowState(reactions, shift(close, -1))).toBe("OPEN");
    expect(windowState(reactions, close)).toBe("CLOSED");
    expect(windowState(reactions, shift(close, 1))).toBe("CLOSED");
    expect(windowState(reactions, shift(close, 1000))).toBe("CLOSED");
  });
  it("point milestone: UPCOMING before, CLOSED (has happened) from its instant on", () => {
    const p = byKey("announcement");
    expect(windowState(p, shift(p.opensAt, -1))).toBe("UPCOMING");
    expect(windowState(p, p.opensAt)).toBe("CLOSED");
    expect(windowState(p, shift(p.opensAt, 1))).toBe("CLOSED");
    expect(isWindowOpen(p, p.opensAt)).toBe(false);
  });
  it("open-ended window stays open once opened", () => {
    const a = byKey("admission");
    expect(windowState(a, shift(a.opensAt, -1))).toBe("UPCOMING");
    expect(windowState(a, a.opensAt)).toBe("OPEN");
    expect(windowState(a, at("2099-01-01T00:00"))).toBe("OPEN");
  });
  it("a window with closesAt <= opensAt is never open", () => {
    const w: Milestone = { ...reactions, closesAt: reactions.opensAt };
    expect(windowState(w, shift(w.opensAt, -1))).toBe("UPCOMING");
    expect(windowState(w, w.opensAt)).toBe("CLOSED");
  });
});

describe("DST (2025: 30 Mar spring forward, 26 Oct fall back)", () => {
  it("window closing at local midnight starting 30 Mar (last day 29 Mar) closes at 23:00 UTC (CET)", () => {
    const w = window("w", "Testtermijn", 1, "2025-03-01", "2025-03-29");
    expect(w.closesAt!.toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(windowState(w, at("2025-03-29T23:59"))).toBe("OPEN");
    expect(windowState(w, new Date("2025-03-29T22:59:59.999Z"))).toBe("OPEN");
    expect(windowState(w, new Date("2025-03-29T23:00:00.000Z"))).toBe("CLOSED");
    expect(windowState(w, at("2025-03-30T01:59"))).toBe("CLOSED");
  });
  it("window whose last day is 30 Mar (a 23-hour day) closes at 31 Mar 00:00 CEST", () => {
    const w = window("w", "Testtermijn", 1, "2025-03-30", "2025-03-30");
    expect(w.closesAt!.getTime() - w.opensAt.getTime()).toBe(23 * 3_600_000);
    expect(windowState(w, at("2025-03-30T23:59"))).toBe("OPEN");
    expect(windowState(w, at("2025-03-31T00:00"))).toBe("CLOSED");
  });
  it("window closing at local midnight starting 26 Oct (last day 25 Oct) closes at 22:00 UTC (CEST)", () => {
    const w = window("w", "Testtermijn", 1, "2025-10-01", "2025-10-25");
    expect(w.closesAt!.toISOString()).toBe("2025-10-25T22:00:00.000Z");
    expect(windowState(w, new Date("2025-10-25T21:59:59.999Z"))).toBe("OPEN");
    expect(windowState(w, new Date("2025-10-25T22:00:00.000Z"))).toBe("CLOSED");
  });
  it("window whose last day is 26 Oct (a 25-hour day) stays open through both 02:xx hours", () => {
    const w = window("w", "Testtermijn", 1, "2025-10-26", "2025-10-26");
    expect(w.closesAt!.getTime() - w.opensAt.getTime()).toBe(25 * 3_600_000);
    expect(windowState(w, new Date("2025-10-26T01:30:00Z"))).toBe("OPEN"); // second 02:30
    expect(windowState(w, new Date("2025-10-26T22:59:59.999Z"))).toBe("OPEN");
    expect(windowState(w, new Date("2025-10-26T23:00:00Z"))).toBe("CLOSED");
  });
});

describe("optOutWindow", () => {
  it("9 Jul 2025 + 31 days: day 31 = 8 Aug, closes 9 Aug 00:00 local", () => {
    const w = optOutWindow("2025-07-09");
    expect(w.opensAt.toISOString()).toBe("2025-07-08T22:00:00.000Z");
    expect(w.closesAt.toISOString()).toBe("2025-08-08T22:00:00.000Z");
    expect(w.lastLocalDate).toBe("2025-08-08");
    expect(instantToLocalDateTime(lastIncludedMinute(w.closesAt))).toBe("2025-08-08T23:59");
    expect(w.opensAt).toEqual(byKey("opt-out").opensAt);
    expect(w.closesAt).toEqual(byKey("opt-out").closesAt);
  });
  it.each([
    ["2025-03-15", 31, "2025-04-14", "2025-03-14T23:00:00.000Z", "2025-04-14T22:00:00.000Z"], // spans spring DST
    ["2025-10-10", 31, "2025-11-09", "2025-10-09T22:00:00.000Z", "2025-11-09T23:00:00.000Z"], // spans autumn DST
    ["2024-02-01", 31, "2024-03-02", "2024-01-31T23:00:00.000Z", "2024-03-02T23:00:00.000Z"], // leap February
    ["2025-12-15", 31, "2026-01-14", "2025-12-14T23:00:00.000Z", "2026-01-14T23:00:00.000Z"], // year change
    ["2025-07-09", 1, "2025-07-09", "2025-07-08T22:00:00.000Z", "2025-07-09T22:00:00.000Z"],
  ])("%s for %i days ends on %s", (first, days, last, opens, closes) => {
    const w = optOutWindow(first, days);
    expect(w.lastLocalDate).toBe(last);
    expect(w.opensAt.toISOString()).toBe(opens);
    expect(w.closesAt.toISOString()).toBe(closes);
  });
  it("rejects a non-positive or fractional number of days and bad dates", () => {
    expect(() => optOutWindow("2025-07-09", 0)).toThrow(RangeError);
    expect(() => optOutWindow("2025-07-09", 2.5)).toThrow(RangeError);
    expect(() => optOutWindow("2025-02-30")).toThrow(RangeError);
  });
  it("property: any start 2020-2035 gives exactly 31 local dates, day 1 = start, closesAt a local midnight", () => {
    const startArb = fc.integer({ min: 0, max: 16 * 366 }).map((n) => addLocalDays("2020-01-01", n))
      .filter((d) => d <= "2035-12-31");
    fc.assert(
      fc.property(startArb, (start) => {
        const w = optOutWindow(start);
        expect(instantToLocalDate(w.opensAt)).toBe(start);
        expect(instantToLocalDateTime(w.closesAt)).toMatch(/T00:00$/);
        expect(startOfLocalDay(instantToLocalDate(w.closesAt))).toEqual(w.closesAt);
        // Every local date touched by the half-open interval, sampled every 6 hours
        // (a local day lasts at least 23 hours, so no day can be skipped).
        const dates = new Set<string>();
        for (let t = w.opensAt.getTime(); t < w.closesAt.getTime(); t += 6 * 3_600_000) {
          dates.add(instantToLocalDate(new Date(t)));
        }
        dates.add(instantToLocalDate(new Date(w.closesAt.getTime() - 1)));
        expect(dates.size).toBe(31);
        expect(instantToLocalDate(new Date(w.closesAt.getTime() - 1))).toBe(addLocalDays(start, 30));
        expect(instantToLocalDate(w.closesAt)).toBe(addLocalDays(start, 31));
        const hours = (w.closesAt.getTime() - w.opensAt.getTime()) / 3_600_000;
        expect([31 * 24 - 1, 31 * 24, 31 * 24 + 1]).toContain(hours);
      }),
      { numRuns: 200 },
    );
  });
});

describe("currentPhase over the Haaglanden timeline", () => {
  it.each([
    ["2025-05-01T12:00", null, "NOT_STARTED"],
    ["2025-05-14T23:59", null, "NOT_STARTED"],
    ["2025-05-15T00:00", "presentation", "RUNNING"],
    ["2025-05-19T00:00", "reactions", "RUNNING"], // open window beats the point on the same instant
    ["2025-06-11T23:59", "reactions", "RUNNING"],
    ["2025-06-12T00:00", "decision", "RUNNING"],
    ["2025-07-08T10:00", "publication", "RUNNING"],
    ["2025-07-09T00:00", "opt-out", "RUNNING"],
    ["2025-08-20T12:00", "opt-out", "RUNNING"], // gap between windows: most recent started
    ["2025-09-01T00:00", "admission", "RUNNING"],
    ["2025-10-15T09:00", "admission", "RUNNING"], // open-ended admission still open
    ["2025-10-16T00:00", "selection", "RUNNING"], // two open: latest opensAt wins
    ["2026-02-13T23:59", "plan", "RUNNING"],
  ] as const)("at %s local: %s (%s)", (local, key, state) => {
    const phase = currentPhase(haaglanden, at(local));
    expect(phase.milestone?.key ?? null).toBe(key);
    expect(phase.state).toBe(state);
  });
  it("with the admission closed by staff, the procedure finishes on 1 Mar 2026", () => {
    const closed = haaglanden.map((m) =>
      m.key === "admission" ? { ...m, closesAt: startOfNextLocalDay("2025-09-30") } : m,
    );
    expect(currentPhase(closed, at("2025-10-15T09:00")).milestone?.key).toBe("announcement");
    expect(currentPhase(closed, at("2026-02-20T12:00"))).toMatchObject({ state: "RUNNING" });
    expect(currentPhase(closed, at("2026-02-20T12:00")).milestone?.key).toBe("plan");
    const end = currentPhase(closed, at("2026-03-01T00:00"));
    expect(end.state).toBe("FINISHED");
    expect(end.milestone?.key).toBe("start");
    // An open-ended window keeps the procedure running.
    expect(currentPhase(haaglanden, at("2026-03-02T00:00")).state).toBe("RUNNING");
  });
  it("ties on opensAt go to the higher sortOrder; empty list is NOT_STARTED", () => {
    const a = point("a", "A", 1, "2025-01-01");
    const b = point("b", "B", 2, "2025-01-01");
    expect(currentPhase([b, a], at("2025-01-02T00:00")).milestone?.key).toBe("b");
    expect(currentPhase([], at("2025-01-02T00:00"))).toEqual({ milestone: null, state: "NOT_STARTED" });
  });
});

describe("nextDeadline over the Haaglanden timeline", () => {
  it.each([
    ["2025-05-01T12:00", "presentation", "opens", "2025-05-15T00:00"],
    ["2025-05-16T12:00", "notice", "opens", "2025-05-19T00:00"], // same instant as reactions; lower sortOrder
    ["2025-05-20T12:00", "reactions", "closes", "2025-06-12T00:00"],
    ["2025-06-11T23:59", "reactions", "closes", "2025-06-12T00:00"], // closes beats decision opening
    ["2025-06-12T00:00", "decision", "closes", "2025-07-08T00:00"], // closes beats publication
    ["2025-07-08T00:00", "opt-out", "opens", "2025-07-09T00:00"],
    ["2025-07-10T00:00", "opt-out", "closes", "2025-08-09T00:00"],
    ["2025-08-09T00:00", "admission", "opens", "2025-09-01T00:00"],
    ["2025-09-02T00:00", "announcement", "opens", "2025-10-15T00:00"], // admission has no close date
    ["2025-10-20T00:00", "choice", "opens", "2025-11-30T00:00"],
    ["2025-12-05T00:00", "plan", "closes", "2026-02-14T00:00"],
    ["2026-02-14T00:00", "start", "opens", "2026-03-01T00:00"],
  ] as const)("at %s local: %s %s at %s", (local, key, kind, when) => {
    const next = nextDeadline(haaglanden, at(local));
    expect(next?.milestone.key).toBe(key);
    expect(next?.kind).toBe(kind);
    expect(next?.at).toEqual(at(when));
  });
  it("is null when nothing is ahead", () => {
    expect(nextDeadline(haaglanden, at("2026-03-01T00:00"))).toBeNull();
    expect(nextDeadline([], at("2026-03-01T00:00"))).toBeNull();
  });
});

describe("lastIncludedMinute", () => {
  it("is one minute before the exclusive close", () => {
    expect(instantToLocalDateTime(lastIncludedMinute(reactions.closesAt!))).toBe("2025-06-11T23:59");
    expect(lastIncludedMinute(new Date("2025-06-11T22:00:00Z")).toISOString()).toBe("2025-06-11T21:59:00.000Z");
  });
});

describe("describeWindowRefusal", () => {
  it("names a closed window and its last minute", () => {
    expect(describeWindowRefusal(reactions, at("2025-06-12T00:00"))).toBe(
      "De reactietermijn is gesloten sinds 11 juni 2025 23:59 (Europe/Amsterdam).",
    );
    expect(describeWindowRefusal(byKey("opt-out"), at("2025-09-01T10:00"))).toBe(
      "De opt-out-termijn is gesloten sinds 8 augustus 2025 23:59 (Europe/Amsterdam).",
    );
  });
  it("names an upcoming window with its dates", () => {
    expect(describeWindowRefusal(reactions, shift(reactions.opensAt, -1))).toBe(
      "De reactietermijn is nog niet open: deze opent op 19 mei 2025 00:00 en loopt tot en met 11 juni 2025 23:59 (Europe/Amsterdam).",
    );
    expect(describeWindowRefusal(byKey("admission"), at("2025-08-01T00:00"))).toBe(
      "De toelatingsprocedure is nog niet open: deze opent op 1 september 2025 00:00 (Europe/Amsterdam).",
    );
  });
  it("is null while the window is open (boundaries included/excluded correctly)", () => {
    expect(describeWindowRefusal(reactions, reactions.opensAt)).toBeNull();
    expect(describeWindowRefusal(reactions, shift(reactions.closesAt!, -1))).toBeNull();
    expect(describeWindowRefusal(reactions, reactions.closesAt!)).not.toBeNull();
  });
  it("point milestones refuse only before they happen", () => {
    const p = byKey("announcement");
    expect(describeWindowRefusal(p, shift(p.opensAt, -1))).toBe(
      "De bekendmaking toegelaten aanbieders volgt op 15 oktober 2025 00:00 (Europe/Amsterdam).",
    );
    expect(describeWindowRefusal(p, p.opensAt)).toBeNull();
  });
  it("keeps acronyms and explicit articles in titles", () => {
    const sbo = { ...reactions, title: "SBO-ronde" };
    expect(describeWindowRefusal(sbo, reactions.closesAt!)).toMatch(/^De SBO-ronde is gesloten/);
    const het = { ...reactions, title: "het ondertekenen" };
    expect(describeWindowRefusal(het, reactions.closesAt!)).toMatch(/^Het ondertekenen is gesloten/);
  });
});
