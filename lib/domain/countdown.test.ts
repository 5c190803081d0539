import { describe, expect, it } from "vitest";
import { timeRemaining } from "./countdown";

const until = new Date("2025-06-11T22:00:00Z");
const before = (ms: number) => new Date(until.getTime() - ms);

describe("timeRemaining", () => {
  it.each([
    [3 * 86_400_000 + 4 * 3_600_000, "nog 3 dagen en 4 uur"],
    [2 * 86_400_000, "nog 2 dagen"],
    [86_400_000 + 3_600_000, "nog 1 dag en 1 uur"],
    [5 * 3_600_000 + 7 * 60_000, "nog 5 uur en 7 minuten"],
    [60_000, "nog 1 minuut"],
    [59_000, "nog minder dan een minuut"],
    [0, "de termijn is verstreken"],
    [-1, "de termijn is verstreken"],
  ])("%i ms before the deadline reads %s", (ms, text) => {
    expect(timeRemaining(before(ms), until)).toBe(text);
  });
});
