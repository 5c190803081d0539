import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportionLargestRemainder, type ApportionItem } from "./apportion";
import { compare, fraction, fromInteger, sub } from "./decimal";

const SBO: ApportionItem[] = [
  { id: "prinsenhof", name: "SBO Prinsenhof", weight: 120 },
  { id: "laurentiusschool", name: "SBO Laurentiusschool", weight: 95 },
  { id: "de-vuurtoren", name: "SBO De Vuurtoren", weight: 130 },
  { id: "het-zwanenbos", name: "IKC Het Zwanenbos", weight: 110 },
  { id: "horizon", name: "SBO Horizon", weight: 100 },
];

const centsById = (total: bigint, items: readonly ApportionItem[]) =>
  Object.fromEntries(apportionLargestRemainder(total, items).map((p) => [p.id, p.cents]));

describe("apportionLargestRemainder: the worked example", () => {
  it("splits € 410.888,34 over the five SBO schools", () => {
    const parts = apportionLargestRemainder(41_088_834n, SBO);
    expect(parts.map((p) => p.cents)).toEqual([8_884_072n, 7_033_224n, 9_624_412n, 8_143_733n, 7_403_393n]);
    // 555 pupils: floors leave 3 cents, for the three largest remainders.
    const horizon = parts[4];
    expect(horizon?.exactCents).toEqual(fraction(41_088_834n * 100n, 555n));
    expect(horizon?.floorCents).toBe(7_403_393n);
    expect(horizon?.remainderCents).toEqual(fraction(19n, 37n)); // 0.5135… cent
    expect(parts.filter((p) => p.extraCent).map((p) => p.id)).toEqual([
      "laurentiusschool",
      "de-vuurtoren",
      "het-zwanenbos",
    ]);
    expect(parts.map((p) => p.remainderRank)).toEqual([5, 2, 3, 1, 4]);
  });
  it("2026 (€ 342.406,95): Horizon € 61.694,95 — apportioned from the pro-rata total", () => {
    expect(centsById(34_240_695n, SBO)).toEqual({
      prinsenhof: 7_403_393n,
      laurentiusschool: 5_861_020n,
      "de-vuurtoren": 8_020_343n,
      "het-zwanenbos": 6_786_444n,
      horizon: 6_169_495n,
    });
  });
  it("2027 (€ 423.625,88)", () => {
    const cents = centsById(42_362_588n, SBO);
    expect(Object.values(cents).reduce((a, b) => a + b, 0n)).toBe(42_362_588n);
    expect(cents.horizon).toBe(7_632_899n);
  });
});

describe("apportionLargestRemainder: ties and edges", () => {
  it("equal remainders: more pupils first", () => {
    // exact 1, 2, 1.5, 0.5 → floors 1, 2, 1, 0 leave 1 cent; remainders 0.5 tie: "mid" has more pupils.
    const parts = apportionLargestRemainder(5n, [
      { id: "small", name: "A", weight: 2 },
      { id: "big", name: "B", weight: 4 },
      { id: "mid", name: "C", weight: 3 },
      { id: "x", name: "D", weight: 1 },
    ]);
    expect(parts.map((p) => p.cents)).toEqual([1n, 2n, 2n, 0n]);
  });
  it("same remainder and pupils: name by code units, not locale (\"Z\" < \"a\" < \"É\")", () => {
    const items = ["école", "alpha", "Zeta"].map((name) => ({ id: name, name, weight: 10 }));
    const parts = apportionLargestRemainder(2n, items);
    expect(Object.fromEntries(parts.map((p) => [p.name, p.cents]))).toEqual({ Zeta: 1n, alpha: 1n, "école": 0n });
  });
  it("same name and pupils: the id decides", () => {
    const parts = apportionLargestRemainder(1n, [
      { id: "b", name: "Same", weight: 1 },
      { id: "a", name: "Same", weight: 1 },
    ]);
    expect(parts.map((p) => p.cents)).toEqual([0n, 1n]);
  });
  it("a school with 0 pupils gets nothing; a zero total gives zeros", () => {
    expect(centsById(10n, [{ id: "a", name: "A", weight: 0 }, { id: "b", name: "B", weight: 3 }])).toEqual({
      a: 0n,
      b: 10n,
    });
    expect(centsById(0n, SBO).horizon).toBe(0n);
  });
  it("refuses bad input", () => {
    expect(() => apportionLargestRemainder(10n, [{ id: "a", name: "A", weight: 0 }])).toThrow(/zero/);
    expect(() => apportionLargestRemainder(10n, [])).toThrow(/zero/);
    expect(() => apportionLargestRemainder(-1n, SBO)).toThrow(/negative/);
    expect(() => apportionLargestRemainder(1n, [{ id: "a", name: "A", weight: 1.5 }])).toThrow(/integer/);
    expect(() => apportionLargestRemainder(1n, [{ id: "a", name: "A", weight: -1 }])).toThrow(/integer/);
    const dup = [{ id: "a", name: "A", weight: 1 }, { id: "a", name: "B", weight: 1 }];
    expect(() => apportionLargestRemainder(1n, dup)).toThrow(/duplicate/);
  });
});

// Small name and weight pools force ties in remainder, pupils and name.
const itemsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: fc.constantFrom("Horizon", "horizon", "Ä", "Zeta", "De Vuurtoren", ""),
      weight: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5000 })),
    }),
    { minLength: 1, maxLength: 12, selector: (item) => item.id },
  )
  .filter((items) => items.some((item) => item.weight > 0));
const totalArb = fc.oneof(fc.bigInt({ min: 0n, max: 100n }), fc.bigInt({ min: 0n, max: 10n ** 13n }));

describe("apportionLargestRemainder: properties", () => {
  it("the parts always add up exactly to the total", () => {
    fc.assert(
      fc.property(totalArb, itemsArb, (total, items) => {
        const parts = apportionLargestRemainder(total, items);
        expect(parts.reduce((acc, p) => acc + p.cents, 0n)).toBe(total);
      }),
    );
  });
  it("no part differs from its exact share by a cent or more", () => {
    fc.assert(
      fc.property(totalArb, itemsArb, (total, items) => {
        for (const p of apportionLargestRemainder(total, items)) {
          const diff = sub(fromInteger(p.cents), p.exactCents);
          expect(compare(diff, fromInteger(-1))).toBe(1);
          expect(compare(diff, fromInteger(1))).toBe(-1);
        }
      }),
    );
  });
  it("a school with more pupils never gets less than one with fewer", () => {
    fc.assert(
      fc.property(totalArb, itemsArb, (total, items) => {
        const parts = apportionLargestRemainder(total, items);
        for (const a of parts) {
          for (const b of parts) if (a.weight > b.weight) expect(a.cents >= b.cents).toBe(true);
        }
      }),
    );
  });
  it("is deterministic and independent of input order", () => {
    fc.assert(
      fc.property(
        totalArb,
        itemsArb.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length }))),
        (total, [items, shuffled]) => {
          const first = centsById(total, items);
          expect(centsById(total, items)).toEqual(first);
          expect(centsById(total, shuffled)).toEqual(first);
        },
      ),
    );
  });
  it("only parts with a positive remainder get an extra cent, in rank order", () => {
    fc.assert(
      fc.property(totalArb, itemsArb, (total, items) => {
        const parts = apportionLargestRemainder(total, items);
        const extra = parts.filter((p) => p.extraCent);
        for (const p of extra) expect(p.remainderCents.num > 0n).toBe(true);
        expect(extra.map((p) => p.remainderRank).sort((a, b) => a - b)).toEqual(extra.map((_, i) => i + 1));
      }),
    );
  });
});
