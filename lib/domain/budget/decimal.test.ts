import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  decimal,
  div,
  equals,
  exactDecimals,
  floor,
  fraction,
  fractionalPart,
  isTerminating,
  mul,
  parseDecimal,
  percent,
  roundHalfAwayFromZero,
  sub,
  sum,
  toDecimalString,
  type Fraction,
} from "./decimal";

const f = (num: bigint, den: bigint = 1n) => fraction(num, den);
const bigintArb = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const denArb = fc.bigInt({ min: 1n, max: 10n ** 6n });
const fractionArb = fc.tuple(bigintArb, denArb).map(([n, d]) => fraction(n, d));

describe("fraction", () => {
  it("normalises sign and common factors", () => {
    expect(f(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(f(0n, -7n)).toEqual({ num: 0n, den: 1n });
  });
  it("refuses a zero denominator", () => {
    expect(() => f(1n, 0n)).toThrow(RangeError);
    expect(() => div(f(1n), f(0n))).toThrow(RangeError);
  });
  it("does exact arithmetic", () => {
    expect(add(f(1n, 3n), f(1n, 6n))).toEqual(f(1n, 2n));
    expect(sub(f(1n, 3n), f(1n, 2n))).toEqual(f(-1n, 6n));
    expect(mul(f(2n, 3n), f(9n, 4n))).toEqual(f(3n, 2n));
    expect(div(f(2n, 3n), f(4n, 9n))).toEqual(f(3n, 2n));
    expect(sum([f(1n, 10n), f(2n, 10n), f(7n, 10n)])).toEqual(f(1n));
    expect(sum([])).toEqual(f(0n));
  });
  it("0.1 + 0.2 is exactly 0.3 (no floating point)", () => {
    expect(equals(add(decimal("0.1"), decimal("0.2")), decimal("0.3"))).toBe(true);
  });
  it("a − b + b = a and compare agrees with sub", () => {
    fc.assert(
      fc.property(fractionArb, fractionArb, (a, b) => {
        expect(add(sub(a, b), b)).toEqual(a);
        expect(compare(a, b)).toBe(Math.sign(Number(sub(a, b).num)));
      }),
    );
  });
});

describe("parseDecimal", () => {
  it.each([
    ["8.33", 833n, 100n, 2],
    ["8,33", 833n, 100n, 2],
    ["4", 4n, 1n, 0],
    [" 4.50 ", 9n, 2n, 2],
    ["-1.5", -3n, 2n, 1],
    ["+0.0001", 1n, 10_000n, 4],
    ["007", 7n, 1n, 0],
  ])("%s", (text, num, den, decimals) => {
    expect(parseDecimal(text)).toEqual({ value: { num, den }, decimals });
  });
  it.each(["", " ", ".5", "5.", "1e3", "1.000,5", "4 200", "abc", "--1", "8,33 %", "NaN", "Infinity"])(
    "refuses %j",
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
  it("decimal() throws where parseDecimal returns null", () => {
    expect(() => decimal("x")).toThrow(RangeError);
  });
  it("percent divides by 100", () => {
    expect(percent("8.33")).toEqual(f(833n, 10_000n));
    expect(percent("3,1")).toEqual(f(31n, 1000n));
  });
});

describe("floor and rounding", () => {
  it.each([
    [f(5n, 2n), 2n, 3n],
    [f(-5n, 2n), -3n, -3n],
    [f(7n, 3n), 2n, 2n],
    [f(-7n, 3n), -3n, -2n],
    [f(8n, 3n), 2n, 3n],
    [f(-8n, 3n), -3n, -3n],
    [f(-1n, 2n), -1n, -1n],
    [f(1n, 2n), 0n, 1n],
    [f(4n), 4n, 4n],
    [f(0n), 0n, 0n],
  ])("%o: floor %s, half away from zero %s", (x, fl, rounded) => {
    expect(floor(x)).toBe(fl);
    expect(roundHalfAwayFromZero(x)).toBe(rounded);
  });
  it("halves go away from zero, not to even (2.5 → 3, 3.5 → 4, −2.5 → −3)", () => {
    expect(roundHalfAwayFromZero(decimal("2.5"))).toBe(3n);
    expect(roundHalfAwayFromZero(decimal("3.5"))).toBe(4n);
    expect(roundHalfAwayFromZero(decimal("-2.5"))).toBe(-3n);
  });
  it("rounding is within half a unit, and a true half always moves away from zero", () => {
    fc.assert(
      fc.property(fractionArb, (x) => {
        const r = roundHalfAwayFromZero(x);
        const diff = sub(f(r), x);
        const absDiff = diff.num < 0n ? f(-diff.num, diff.den) : diff;
        expect(compare(absDiff, f(1n, 2n))).toBeLessThanOrEqual(0);
        if (equals(absDiff, f(1n, 2n))) expect(r < 0n ? x.num < 0n : x.num > 0n).toBe(true);
        const part = fractionalPart(x);
        expect(compare(part, f(0n)) >= 0 && compare(part, f(1n)) < 0).toBe(true);
      }),
    );
  });
});

describe("toDecimalString", () => {
  const show = (x: Fraction, o?: Parameters<typeof toDecimalString>[1]) => toDecimalString(x, o);
  it("shows terminating values exactly and in full", () => {
    expect(show(f(28_533_910_986n, 312_500n))).toBe("91308.5151552");
    expect(show(f(4n))).toBe("4");
    expect(show(f(-1n, 4n))).toBe("-0.25");
    expect(show(f(41_088_834n, 100n), { minDecimals: 2 })).toBe("410888.34");
    expect(show(f(41n, 10n), { minDecimals: 2 })).toBe("4.10");
  });
  it("marks a rounded value with an ellipsis", () => {
    expect(show(f(1n, 3n))).toBe("0.3333333333…");
    expect(show(f(2n, 3n), { maxDecimals: 4 })).toBe("0.6667…");
    expect(show(f(-2n, 3n), { maxDecimals: 4 })).toBe("-0.6667…");
    expect(show(f(-1n, 30_000n), { maxDecimals: 4 })).toBe("-0.0000…");
  });
  it("writes an ending expansion in full whatever maxDecimals says (up to 40 decimals)", () => {
    expect(show(f(1n, 1024n), { maxDecimals: 4 })).toBe("0.0009765625");
    expect(show(f(1n, 2n ** 50n), { maxDecimals: 4 })).toBe("0.0000…");
    expect(show(f(1n, 10n ** 40n))).toBe(`0.${"0".repeat(39)}1`);
  });
  it("parses back to the same value when exact", () => {
    fc.assert(
      fc.property(bigintArb, fc.integer({ min: 0, max: 8 }), (n, places) => {
        const x = f(n, 10n ** BigInt(places));
        expect(isTerminating(x)).toBe(true);
        expect(decimal(show(x))).toEqual(x);
      }),
    );
  });
  it("isTerminating and exactDecimals", () => {
    expect(isTerminating(f(1n, 40n))).toBe(true);
    expect(isTerminating(f(1n, 555n))).toBe(false);
    expect(exactDecimals(f(1n, 40n))).toBe(3);
    expect(exactDecimals(f(7n))).toBe(0);
    expect(exactDecimals(f(1n, 3n))).toBeNull();
  });
});
