import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalParticipants,
  describeDraw,
  drawTicket,
  isValidDrawSeed,
  runDraw,
  toDrawRecord,
  verifyDraw,
  type DrawRecord,
} from "./draw";

const SEED = "00112233445566778899aabbccddeeff";
const OTHER_SEED = "ffeeddccbbaa99887766554433221100";
const PEOPLE = ["prov-c", "prov-a", "prov-d", "prov-b"];
const hexSeed = fc.stringMatching(/^[0-9a-f]{32,64}$/);

describe("runDraw: known answer", () => {
  // Tickets computed outside the code: printf '%s' "<seed>:<id>" | sha256sum
  it("orders by SHA-256 of seed:id, as sha256sum computes it", () => {
    const result = runDraw(SEED, PEOPLE, 2);
    expect(result.order.map((e) => [e.participantId, e.ticket])).toEqual([
      ["prov-d", "ac2b39888f8a8d9f168804e22f5c9b5cbe811b8bd2ee1779752ecf0fb008a52c"],
      ["prov-b", "b6bacbbdcca35bd29491a63159ba8b58efe15385275b486ba3044994e6aecb2b"],
      ["prov-a", "de9990bc34c5c45795bc348e2394161e6d4b70cc2e0576917a75bc8946a53f6a"],
      ["prov-c", "e3eb3bc1e35a051c05586492428c6d881afa0adea7acc223a7853d7df8da2c29"],
    ]);
    expect(result.winnerIds).toEqual(["prov-d", "prov-b"]);
    expect(result.participantIds).toEqual(["prov-a", "prov-b", "prov-c", "prov-d"]);
    expect(result.order.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    expect(result.order.map((e) => e.winner)).toEqual([true, true, false, false]);
    expect(drawTicket(SEED, "prov-a")).toBe("de9990bc34c5c45795bc348e2394161e6d4b70cc2e0576917a75bc8946a53f6a");
  });
});

describe("runDraw: reproducibility", () => {
  it("same seed and participants → same winners", () => {
    expect(runDraw(SEED, PEOPLE, 1)).toEqual(runDraw(SEED, [...PEOPLE], 1));
  });
  it("a different seed can give a different outcome", () => {
    expect(runDraw(OTHER_SEED, PEOPLE, 4).order.map((e) => e.participantId)).not.toEqual(
      runDraw(SEED, PEOPLE, 4).order.map((e) => e.participantId),
    );
  });
  it("the order of the input does not matter (property)", () => {
    fc.assert(
      fc.property(
        hexSeed,
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (seed, participants, k, shuffleSeed) => {
          const shuffled = [...participants].sort(
            (a, b) => (drawTicket(String(shuffleSeed), a) < drawTicket(String(shuffleSeed), b) ? -1 : 1),
          );
          const result = runDraw(seed, participants, k);
          expect(runDraw(seed, shuffled, k)).toEqual(result);
          expect(result.winnerIds).toHaveLength(Math.min(k, participants.length));
          expect(new Set(result.winnerIds).size).toBe(result.winnerIds.length);
          for (const w of result.winnerIds) expect(participants).toContain(w);
        },
      ),
    );
  });
  it("k ≥ participants: everyone wins", () => {
    expect(runDraw(SEED, PEOPLE, 4).winnerIds.sort()).toEqual(["prov-a", "prov-b", "prov-c", "prov-d"]);
    expect(runDraw(SEED, ["x"], 5).winnerIds).toEqual(["x"]);
  });
  it("the winners of k are the first k of the winners of k + 1", () => {
    expect(runDraw(SEED, PEOPLE, 3).winnerIds.slice(0, 2)).toEqual(runDraw(SEED, PEOPLE, 2).winnerIds);
  });
});

describe("runDraw: refusals", () => {
  it.each(["", "123", "0011223344556677", "00112233445566778899AABBCCDDEEFF", `${SEED}:x`, "g".repeat(32), "a".repeat(129)])(
    "refuses seed %j",
    (seed) => {
      expect(isValidDrawSeed(seed)).toBe(false);
      expect(() => runDraw(seed, PEOPLE, 1)).toThrow(RangeError);
    },
  );
  it("accepts 32–128 lowercase hex", () => {
    expect(isValidDrawSeed("a".repeat(32))).toBe(true);
    expect(isValidDrawSeed("0".repeat(128))).toBe(true);
  });
  it("refuses duplicates, empty ids, no participants and k < 1", () => {
    expect(() => runDraw(SEED, ["a", "a"], 1)).toThrow(/twice/);
    expect(() => runDraw(SEED, ["a", ""], 1)).toThrow(RangeError);
    expect(() => runDraw(SEED, [], 1)).toThrow(/no participants/);
    expect(() => runDraw(SEED, PEOPLE, 0)).toThrow(RangeError);
    expect(() => runDraw(SEED, PEOPLE, 1.5)).toThrow(RangeError);
  });
  it("canonical order is by code point, not locale", () => {
    expect(canonicalParticipants(["b", "a", "Z", "é"])).toEqual(["Z", "a", "b", "é"]);
  });
});

describe("records and verification", () => {
  const result = runDraw(SEED, PEOPLE, 1);
  const record = toDrawRecord(result);

  it("a record verifies against its seed", () => {
    expect(verifyDraw(SEED, record)).toBe(true);
  });
  it("verification does not depend on the key order a JSON column returns", () => {
    const json = JSON.parse(JSON.stringify(record)) as DrawRecord;
    const outcome = json.outcome as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(outcome).reverse()) as DrawRecord["outcome"];
    expect(verifyDraw(SEED, { participants: json.participants, outcome: reordered })).toBe(true);
  });
  it("a tampered outcome, another seed or a malformed record does not verify", () => {
    const outcome = record.outcome as { winnerIds: string[] };
    expect(verifyDraw(SEED, { ...record, outcome: { ...(record.outcome as object), winnerIds: ["prov-a"] } })).toBe(false);
    expect(outcome.winnerIds).toEqual(["prov-d"]);
    expect(verifyDraw(OTHER_SEED, record)).toBe(false);
    expect(verifyDraw(SEED, { participants: "x", outcome: {} })).toBe(false);
    expect(verifyDraw(SEED, { participants: PEOPLE, outcome: null })).toBe(false);
    expect(verifyDraw("bad", record)).toBe(false);
  });
  it("describes the draw for the audit, with everything needed to redo it", () => {
    const text = describeDraw(result, { "prov-d": "Jeugdhulp Delta" });
    expect(text).toContain("Loting (sha256-order-v1) voor 1 plaats onder 4 deelnemers.");
    expect(text).toContain(SEED);
    expect(text).toContain("prov-a; prov-b; prov-c; Jeugdhulp Delta (prov-d)");
    expect(text).toContain(
      "1. Jeugdhulp Delta (prov-d): ac2b39888f8a8d9f168804e22f5c9b5cbe811b8bd2ee1779752ecf0fb008a52c — getrokken",
    );
    expect(text).toMatch(/^2\. prov-b: b6ba\S+$/m);
    expect(describeDraw(runDraw(SEED, PEOPLE, 2))).toContain("voor 2 plaatsen");
  });
});
