import { describe, expect, it } from "vitest";
import { tasksFor } from "./guidance";
import { startOfLocalDay, startOfNextLocalDay } from "./local-time";
import type { Milestone } from "./timeline";

const window = (key: string, first: string, last: string, sortOrder: number): Milestone => ({
  key, title: key, opensAt: startOfLocalDay(first), closesAt: startOfNextLocalDay(last), isWindow: true, sortOrder,
});
const point = (key: string, on: string, sortOrder: number): Milestone => ({
  key, title: key, opensAt: startOfLocalDay(on), closesAt: null, isWindow: false, sortOrder,
});

const milestones = [
  window("REACTION_PERIOD", "2025-05-19", "2025-06-11", 1),
  point("FINAL_DOCUMENTS_PUBLISHED", "2025-07-08", 2),
  window("OPT_OUT", "2025-07-09", "2025-08-08", 3),
  window("ADMISSION", "2025-09-01", "2025-09-30", 4),
  point("ADMISSION_ANNOUNCEMENT", "2025-10-15", 5),
];

describe("tasksFor", () => {
  it("tells a provider in the reaction period to react now, until the period closes", () => {
    const tasks = tasksFor("PROVIDER", milestones, startOfLocalDay("2025-06-01"));
    expect(tasks[0]).toMatchObject({ action: "reaction.submit", status: "NOW", until: startOfNextLocalDay("2025-06-11") });
    expect(tasks.map((t) => t.action)).toContain("optOut.submit");
    expect(tasks.find((t) => t.action === "optOut.submit")).toMatchObject({ status: "LATER", from: startOfLocalDay("2025-07-09") });
  });

  it("drops a task once its window has closed", () => {
    const tasks = tasksFor("PROVIDER", milestones, startOfLocalDay("2025-08-09"));
    expect(tasks.map((t) => t.action)).not.toContain("optOut.submit");
    expect(tasks.map((t) => t.action)).not.toContain("reaction.submit");
    expect(tasks.find((t) => t.action === "application.submit")?.status).toBe("LATER");
  });

  it("offers staff the admission assessment only from the close of the admission window", () => {
    const during = tasksFor("STAFF", milestones, startOfLocalDay("2025-09-15"));
    expect(during.find((t) => t.action === "admission.assess")).toMatchObject({ status: "LATER", from: startOfNextLocalDay("2025-09-30") });
    const after = tasksFor("STAFF", milestones, startOfLocalDay("2025-10-01"));
    expect(after.find((t) => t.action === "admission.assess")?.status).toBe("NOW");
  });

  it("asks staff to set the exclusion grounds until the admission window opens, and not after", () => {
    const before = tasksFor("STAFF", milestones, startOfLocalDay("2025-08-20"));
    expect(before.find((t) => t.action === "exclusionGrounds.manage")).toMatchObject({ status: "NOW", until: startOfLocalDay("2025-09-01") });
    expect(tasksFor("STAFF", milestones, startOfLocalDay("2025-09-01")).map((t) => t.action)).not.toContain("exclusionGrounds.manage");
    expect(tasksFor("PROVIDER", milestones, startOfLocalDay("2025-08-20")).map((t) => t.action)).not.toContain("exclusionGrounds.manage");
  });

  it("makes the admission result readable from the announcement on", () => {
    expect(tasksFor("PROVIDER", milestones, startOfLocalDay("2025-10-14")).find((t) => t.action === "admission.readResult")?.status).toBe("LATER");
    expect(tasksFor("PROVIDER", milestones, startOfLocalDay("2025-10-15")).find((t) => t.action === "admission.readResult")?.status).toBe("NOW");
  });

  it("gives a council only the reaction task", () => {
    const tasks = tasksFor("COUNCIL", milestones, startOfLocalDay("2025-05-01"));
    expect(tasks.map((t) => t.action)).toEqual(["reaction.submit"]);
  });
});
