import { describe, expect, it } from "vitest";
import { authorizeAt } from "./authorization";
import { localDateTimeToInstant, startOfLocalDay, startOfNextLocalDay } from "./local-time";
import type { Milestone } from "./timeline";

const milestones: Milestone[] = [
  { key: "REACTION_PERIOD", title: "Reactietermijn", opensAt: startOfLocalDay("2025-05-19"), closesAt: startOfNextLocalDay("2025-06-11"), isWindow: true, sortOrder: 1 },
  { key: "ADMISSION", title: "Toelatingsprocedure", opensAt: startOfLocalDay("2025-09-01"), closesAt: startOfNextLocalDay("2025-09-30"), isWindow: true, sortOrder: 2 },
  { key: "ADMISSION_ANNOUNCEMENT", title: "Bekendmaking toegelaten jeugdhulpaanbieders", opensAt: startOfLocalDay("2025-10-15"), closesAt: null, isWindow: false, sortOrder: 3 },
];
const at = (local: string) => localDateTimeToInstant(local);

describe("authorizeAt", () => {
  it("allows a reaction one second before the close and refuses it at the close, naming the window", () => {
    expect(authorizeAt("PROVIDER", "reaction.submit", milestones, at("2025-06-11T23:59:59"))).toEqual({ allowed: true });
    expect(authorizeAt("PROVIDER", "reaction.submit", milestones, startOfNextLocalDay("2025-06-11"))).toEqual({
      allowed: false,
      code: "PHASE_CLOSED",
      message: "De reactietermijn is gesloten sinds 11 juni 2025 23:59 (Europe/Amsterdam).",
    });
  });

  it("refuses another role with FORBIDDEN whatever the phase", () => {
    expect(authorizeAt("SCHOOL", "reaction.submit", milestones, at("2025-06-01T10:00"))).toMatchObject({ allowed: false, code: "FORBIDDEN" });
  });

  it("tells staff when an action that waits for a close becomes possible", () => {
    expect(authorizeAt("STAFF", "admission.assess", milestones, at("2025-09-15T10:00"))).toEqual({
      allowed: false,
      code: "PHASE_CLOSED",
      message: "Dit kan pas na 30 september 2025 23:59 CEST (Toelatingsprocedure).",
    });
    expect(authorizeAt("STAFF", "admission.assess", milestones, startOfNextLocalDay("2025-09-30"))).toEqual({ allowed: true });
  });

  it("allows preparing the admission until the very moment it opens, then says so", () => {
    expect(authorizeAt("STAFF", "exclusionGrounds.manage", milestones, at("2025-08-31T23:59:59"))).toEqual({ allowed: true });
    expect(authorizeAt("STAFF", "exclusionGrounds.manage", milestones, startOfLocalDay("2025-09-01"))).toEqual({
      allowed: false,
      code: "PHASE_CLOSED",
      message: "Dit kan alleen vóór de opening op 1 september 2025 00:00 CEST (Toelatingsprocedure).",
    });
    expect(authorizeAt("STAFF", "exclusionGrounds.manage", milestones, at("2025-10-15T10:00"))).toMatchObject({ allowed: false, code: "PHASE_CLOSED" });
  });

  it("keeps admission results hidden until the announcement", () => {
    expect(authorizeAt("PROVIDER", "admission.readResult", milestones, at("2025-10-14T23:59:59"))).toMatchObject({
      allowed: false,
      message: "Dit kan pas vanaf 15 oktober 2025 00:00 CEST (Bekendmaking toegelaten jeugdhulpaanbieders).",
    });
    expect(authorizeAt("PROVIDER", "admission.readResult", milestones, startOfLocalDay("2025-10-15"))).toEqual({ allowed: true });
  });

  it("allows actions without a window at any time", () => {
    expect(authorizeAt("PROVIDER", "question.ask", milestones, at("2024-01-01T00:00"))).toEqual({ allowed: true });
  });

  it("refuses an action whose milestone the procedure does not have", () => {
    expect(authorizeAt("PROVIDER", "optOut.submit", milestones, at("2025-07-10T10:00"))).toMatchObject({ allowed: false, code: "PHASE_CLOSED" });
  });
});
