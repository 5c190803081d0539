import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyTieResolution,
  consensusTotal,
  determineInvitations,
  rankProviders,
  type RankCandidate,
} from "./ranking";

const cands = (scores: Record<string, number>): RankCandidate[] =>
  Object.entries(scores).map(([providerId, totalScore]) => ({ providerId, totalScore }));
const ids = (list: readonly { providerId: string }[]) => list.map((p) => p.providerId);

describe("consensusTotal", () => {
  const topics = ["t1", "t2", "t3"];
  it("sums the scores over the topics", () => {
    expect(consensusTotal([{ topicId: "t2", score: 3 }, { topicId: "t1", score: 1 }, { topicId: "t3", score: 2 }], topics)).toBe(6);
  });
  it.each([
    [[{ topicId: "t1", score: 1 }, { topicId: "t2", score: 1 }]],
    [[{ topicId: "t1", score: 1 }, { topicId: "t1", score: 1 }, { topicId: "t2", score: 1 }]],
    [[{ topicId: "t1", score: 1 }, { topicId: "t2", score: 1 }, { topicId: "t3", score: 1 }, { topicId: "x", score: 1 }]],
    [[{ topicId: "t1", score: 1 }, { topicId: "t2", score: 1 }, { topicId: "t3", score: 1.5 }]],
  ])("throws on an incomplete or malformed sheet %#", (items) => {
    expect(() => consensusTotal(items, topics)).toThrow(RangeError);
  });
  it("throws on a topic without a score (null: not chosen yet)", () => {
    expect(() => consensusTotal([{ topicId: "t1", score: 1 }, { topicId: "t2", score: null }, { topicId: "t3", score: 1 }], topics)).toThrow(/t2 has no score/);
  });
});

describe("rankProviders: competition ranking", () => {
  it("1, 2, 2, 4", () => {
    const ranked = rankProviders(cands({ d: 12, a: 20, c: 15, b: 15 }));
    expect(ranked.map((p) => [p.providerId, p.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });
  it("refuses a provider listed twice or a non-integer total", () => {
    expect(() => rankProviders([...cands({ a: 1 }), ...cands({ a: 2 })])).toThrow(RangeError);
    expect(() => rankProviders(cands({ a: 1.5 }))).toThrow(RangeError);
  });
  it("rank = 1 + number with a higher total; independent of input order (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ providerId: fc.string({ minLength: 1, maxLength: 4 }), totalScore: fc.integer({ min: 7, max: 21 }) }), { selector: (c) => c.providerId, maxLength: 15 }), (candidates) => {
        const ranked = rankProviders(candidates);
        for (const p of ranked) {
          expect(p.rank).toBe(1 + candidates.filter((c) => c.totalScore > p.totalScore).length);
        }
        expect(rankProviders([...candidates].reverse())).toEqual(ranked);
      }),
    );
  });
});

describe("determineInvitations (max 5)", () => {
  it("no tie: the five highest", () => {
    const set = determineInvitations(cands({ a: 21, b: 20, c: 19, d: 18, e: 17, f: 16, g: 15 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c", "d", "e"]);
    expect(ids(set.notInvited)).toEqual(["f", "g"]);
    expect(set.tiedAtCutoff).toEqual([]);
    expect(set.openSlots).toBe(0);
    expect(set.needsTieResolution).toBe(false);
  });

  it("tie inside the places: all tied invited, no decision needed", () => {
    const set = determineInvitations(cands({ a: 21, b: 18, c: 18, d: 17, e: 16, f: 15 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c", "d", "e"]);
    expect(set.invited.map((p) => p.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(set.needsTieResolution).toBe(false);
  });

  it("tie ending exactly at place 5 (ranks 4 and 4): both invited", () => {
    const set = determineInvitations(cands({ a: 21, b: 20, c: 19, d: 17, e: 17, f: 16 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c", "d", "e"]);
    expect(set.needsTieResolution).toBe(false);
  });

  it("places 5 and 6 tie: neither is chosen silently", () => {
    const set = determineInvitations(cands({ a: 21, b: 20, c: 19, d: 18, e: 17, f: 17, g: 10 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c", "d"]);
    expect(ids(set.tiedAtCutoff)).toEqual(["e", "f"]);
    expect(set.tiedAtCutoff.map((p) => p.rank)).toEqual([5, 5]);
    expect(set.openSlots).toBe(1);
    expect(ids(set.notInvited)).toEqual(["g"]);
    expect(set.needsTieResolution).toBe(true);
  });

  it("a tie group starting above the cut-off (places 4–7 for 2 places)", () => {
    const set = determineInvitations(cands({ a: 21, b: 20, c: 19, d: 15, e: 15, f: 15, g: 15 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c"]);
    expect(ids(set.tiedAtCutoff)).toEqual(["d", "e", "f", "g"]);
    expect(set.openSlots).toBe(2);
  });

  it("everyone tied", () => {
    const set = determineInvitations(cands({ a: 14, b: 14, c: 14, d: 14, e: 14, f: 14, g: 14 }), 5);
    expect(set.invited).toEqual([]);
    expect(set.tiedAtCutoff).toHaveLength(7);
    expect(set.openSlots).toBe(5);
  });

  it("fewer candidates than places: all invited, even when tied", () => {
    const set = determineInvitations(cands({ a: 14, b: 14, c: 12 }), 5);
    expect(ids(set.invited)).toEqual(["a", "b", "c"]);
    expect(set.needsTieResolution).toBe(false);
    expect(set.openSlots).toBe(0);
  });

  it("no candidates", () => {
    expect(determineInvitations([], 5)).toMatchObject({ invited: [], tiedAtCutoff: [], openSlots: 0 });
  });

  it("refuses a non-positive maximum", () => {
    expect(() => determineInvitations(cands({ a: 1 }), 0)).toThrow(RangeError);
  });

  it("invariants (property): a partition; never more than max invited; a tie group is never split", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ providerId: fc.string({ minLength: 1, maxLength: 3 }), totalScore: fc.integer({ min: 7, max: 12 }) }), { selector: (c) => c.providerId, maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        (candidates, max) => {
          const set = determineInvitations(candidates, max);
          const all = [...ids(set.invited), ...ids(set.tiedAtCutoff), ...ids(set.notInvited)].sort();
          expect(all).toEqual(ids(candidates).sort());
          expect(set.invited.length).toBeLessThanOrEqual(max);
          if (set.needsTieResolution) {
            expect(set.invited.length + set.openSlots).toBe(max);
            expect(set.openSlots).toBeGreaterThan(0);
            expect(set.openSlots).toBeLessThan(set.tiedAtCutoff.length);
            expect(new Set(set.tiedAtCutoff.map((p) => p.totalScore)).size).toBe(1);
          } else {
            expect(set.invited.length).toBe(Math.min(max, candidates.length));
            expect(set.openSlots).toBe(0);
          }
          // Everyone invited scores higher than everyone tied, who score higher than everyone not invited.
          const minInvited = Math.min(...set.invited.map((p) => p.totalScore));
          for (const p of [...set.tiedAtCutoff, ...set.notInvited]) expect(p.totalScore).toBeLessThan(minInvited);
          const tiedScore = set.tiedAtCutoff[0]?.totalScore ?? Infinity;
          for (const p of set.notInvited) expect(p.totalScore).toBeLessThan(tiedScore);
        },
      ),
    );
  });
});

describe("applyTieResolution", () => {
  const tied = determineInvitations(cands({ a: 21, b: 20, c: 19, d: 18, e: 17, f: 17, g: 10 }), 5);

  it("a draw invites the winners of the tie group", () => {
    const rows = applyTieResolution(tied, { method: "DRAW", winnerIds: ["f"] });
    expect(rows.filter((r) => r.invited).map((r) => r.providerId)).toEqual(["a", "b", "c", "d", "f"]);
    expect(rows.find((r) => r.providerId === "e")).toEqual({ providerId: "e", rank: 5, totalScore: 17, invited: false });
  });
  it("inviting all tied invites six", () => {
    const rows = applyTieResolution(tied, { method: "INVITE_ALL" });
    expect(rows.filter((r) => r.invited).map((r) => r.providerId)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
  it("a tie must be resolved", () => {
    expect(() => applyTieResolution(tied, null)).toThrow(/must be resolved/);
  });
  it.each([[["g"]], [["e", "f"]], [[]], [["e", "e"]]])("refuses draw winners %j", (winnerIds) => {
    expect(() => applyTieResolution(tied, { method: "DRAW", winnerIds })).toThrow(RangeError);
  });
  it("without a tie, no decision is accepted and the rows follow the set", () => {
    const set = determineInvitations(cands({ a: 3, b: 2 }), 1);
    expect(applyTieResolution(set, null)).toEqual([
      { providerId: "a", rank: 1, totalScore: 3, invited: true },
      { providerId: "b", rank: 2, totalScore: 2, invited: false },
    ]);
    expect(() => applyTieResolution(set, { method: "INVITE_ALL" })).toThrow(/no tie/);
  });
});
