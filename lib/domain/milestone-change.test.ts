import { describe, expect, it } from "vitest";
import { localDateTimeToInstant, startOfLocalDay, startOfNextLocalDay } from "./local-time";
import { milestoneToDates, planMilestoneChange } from "./milestone-change";
import type { Milestone } from "./timeline";

const reaction: Milestone = {
  key: "REACTION_PERIOD", title: "Reactietermijn", opensAt: startOfLocalDay("2025-05-19"), closesAt: startOfNextLocalDay("2025-06-11"), isWindow: true, sortOrder: 1,
};
const announcement: Milestone = { key: "ADMISSION_ANNOUNCEMENT", title: "Bekendmaking", opensAt: startOfLocalDay("2025-10-15"), closesAt: null, isWindow: false, sortOrder: 2 };
const at = localDateTimeToInstant;

describe("planMilestoneChange", () => {
  it("round-trips the form dates of a window (last day included)", () => {
    expect(milestoneToDates(reaction)).toEqual({ opensOn: "2025-05-19", lastDay: "2025-06-11" });
    const plan = planMilestoneChange(reaction, milestoneToDates(reaction), at("2025-05-01T10:00"));
    expect(plan).toMatchObject({ ok: true, changed: false, confirmations: [] });
  });

  it("moves a future window without confirmation", () => {
    const plan = planMilestoneChange(reaction, { opensOn: "2025-05-20", lastDay: "2025-06-13" }, at("2025-05-01T10:00"));
    expect(plan).toEqual({ ok: true, opensAt: startOfLocalDay("2025-05-20"), closesAt: startOfNextLocalDay("2025-06-13"), changed: true, confirmations: [] });
  });

  it("asks for confirmation when an open window is shortened or its passed start is moved", () => {
    const during = at("2025-06-01T10:00");
    expect(planMilestoneChange(reaction, { opensOn: "2025-05-19", lastDay: "2025-06-05" }, during)).toMatchObject({ ok: true, confirmations: ["OPEN_WINDOW_SHORTENED"] });
    expect(planMilestoneChange(reaction, { opensOn: "2025-05-21", lastDay: "2025-06-11" }, during)).toMatchObject({ ok: true, confirmations: ["PASSED_DATE_MOVED"] });
    expect(planMilestoneChange(reaction, { opensOn: "2025-05-19", lastDay: "2025-06-20" }, during)).toMatchObject({ ok: true, confirmations: [] });
  });

  it("asks for confirmation to reopen a closed window", () => {
    const plan = planMilestoneChange(reaction, { opensOn: "2025-05-19", lastDay: "2025-06-30" }, at("2025-06-15T10:00"));
    expect(plan).toMatchObject({ ok: true, confirmations: ["PASSED_DATE_MOVED", "CLOSED_WINDOW_REOPENED"] });
  });

  it("refuses an end before the start, an invalid date, and an end date on a point milestone", () => {
    expect(planMilestoneChange(reaction, { opensOn: "2025-06-12", lastDay: "2025-06-11" }, at("2025-05-01T10:00"))).toEqual({ ok: false, errors: { lastDay: "De einddatum ligt vóór de begindatum." } });
    expect(planMilestoneChange(reaction, { opensOn: "2025-02-30", lastDay: "2025-06-11" }, at("2025-05-01T10:00"))).toMatchObject({ ok: false, errors: { opensOn: expect.any(String) } });
    expect(planMilestoneChange(announcement, { opensOn: "2025-10-16", lastDay: "2025-10-20" }, at("2025-05-01T10:00"))).toMatchObject({ ok: false, errors: { lastDay: expect.any(String) } });
  });

  it("keeps a window's end across the autumn DST change exact", () => {
    const plan = planMilestoneChange(reaction, { opensOn: "2025-10-20", lastDay: "2025-10-25" }, at("2025-05-01T10:00"));
    expect(plan.ok && plan.closesAt?.toISOString()).toBe("2025-10-25T22:00:00.000Z");
  });
});
