import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "./local-time";
import { describeOptOutWindow, localDaysBetween, selectOptOutSegments } from "./opt-out";
import { optOutWindow, type Milestone } from "./timeline";

const window = optOutWindow("2025-07-09");
const optOut: Milestone = { key: "OPT_OUT", title: "Opzegtermijn (31 dagen)", opensAt: window.opensAt, closesAt: window.closesAt, isWindow: true, sortOrder: 5 };
const at = (local: string) => localDateTimeToInstant(local);

describe("selectOptOutSegments", () => {
  const held = ["a", "b", "c"];

  it("terminates every held segment for the whole agreement, whatever was ticked", () => {
    expect(selectOptOutSegments("WHOLE_AGREEMENT", ["x"], held)).toEqual({ ok: true, segmentIds: held });
  });

  it("keeps the chosen held segments in the held order, without duplicates", () => {
    expect(selectOptOutSegments("SEGMENTS", ["c", "a", "c"], held)).toEqual({ ok: true, segmentIds: ["a", "c"] });
  });

  it("refuses a partial notice without segments, or with one that is not held", () => {
    expect(selectOptOutSegments("SEGMENTS", [], held)).toEqual({ ok: false, error: "NONE_CHOSEN" });
    expect(selectOptOutSegments("SEGMENTS", ["a", "z"], held)).toEqual({ ok: false, error: "NOT_HELD" });
  });

  it("refuses any notice when nothing is held", () => {
    expect(selectOptOutSegments("WHOLE_AGREEMENT", [], [])).toEqual({ ok: false, error: "NOTHING_HELD" });
    expect(selectOptOutSegments("SEGMENTS", ["a"], [])).toEqual({ ok: false, error: "NOTHING_HELD" });
  });
});

describe("localDaysBetween", () => {
  it("counts calendar days across a DST change and a year end", () => {
    expect(localDaysBetween("2025-07-09", "2025-08-08")).toBe(30);
    expect(localDaysBetween("2025-10-25", "2025-10-27")).toBe(2);
    expect(localDaysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(localDaysBetween("2025-08-08", "2025-07-09")).toBe(-30);
  });
});

describe("describeOptOutWindow", () => {
  it("before 9 July: not yet open, as the server's refusal reads", () => {
    expect(describeOptOutWindow(optOut, at("2025-07-08T23:59:59"))).toEqual({
      state: "UPCOMING",
      text: "De opzegtermijn (31 dagen) is nog niet open: deze opent op 9 juli 2025 00:00 en loopt tot en met 8 augustus 2025 23:59 (Europe/Amsterdam).",
    });
  });

  it("day 1 and day 31 are open, with the day number and a text countdown", () => {
    expect(describeOptOutWindow(optOut, at("2025-07-09T00:00")).text).toBe(
      "De termijn is open tot en met 8 augustus 2025 23:59 CEST. Vandaag is dag 1 van 31: nog 30 dagen na vandaag.",
    );
    expect(describeOptOutWindow(optOut, at("2025-08-07T10:00")).text).toMatch(/dag 30 van 31: nog 1 dag na vandaag\.$/);
    expect(describeOptOutWindow(optOut, at("2025-08-08T23:59:59"))).toEqual({
      state: "OPEN",
      text: "De termijn is open tot en met 8 augustus 2025 23:59 CEST. Vandaag is dag 31 van 31: dit is de laatste dag.",
    });
  });

  it("from 9 August 00:00: closed since the last minute of day 31", () => {
    expect(describeOptOutWindow(optOut, at("2025-08-09T00:00"))).toEqual({
      state: "CLOSED",
      text: "De opzegtermijn (31 dagen) is gesloten sinds 8 augustus 2025 23:59 (Europe/Amsterdam).",
    });
  });

  it("says so when the procedure has no opt-out window, or no close date yet", () => {
    expect(describeOptOutWindow(undefined, at("2025-07-20T12:00")).state).toBe("NOT_PLANNED");
    expect(describeOptOutWindow({ ...optOut, closesAt: null }, at("2025-07-20T12:00")).text).toMatch(/nog geen einddatum/);
  });
});
