import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONEY_MAX_CENTS, formatMoney, formatMoneyPlain, parseMoney } from "./money";

describe("formatMoney", () => {
  it.each([
    [0n, "€ 0,00"],
    [5n, "€ 0,05"],
    [50n, "€ 0,50"],
    [100n, "€ 1,00"],
    [99_999n, "€ 999,99"],
    [100_000n, "€ 1.000,00"],
    [1_234_567n, "€ 12.345,67"],
    [100_000_000n, "€ 1.000.000,00"],
    [MONEY_MAX_CENTS, "€ 999.999.999,99"],
    [-1_200n, "-€ 12,00"],
    [-5n, "-€ 0,05"],
    [-123_456_789n, "-€ 1.234.567,89"],
  ])("%s -> %s", (cents, expected) => {
    expect(formatMoney(cents)).toBe(expected);
  });
  it("uses a plain ASCII space after the euro sign", () => {
    expect(formatMoney(1n).charCodeAt(1)).toBe(0x20);
  });
  it("formatMoneyPlain drops the currency sign", () => {
    expect(formatMoneyPlain(1_234_567n)).toBe("12.345,67");
  });
  it("refuses a non-bigint at runtime", () => {
    expect(() => formatMoney(12 as unknown as bigint)).toThrow(TypeError);
  });
});

describe("parseMoney accepts", () => {
  it.each([
    ["4.200,00", 420_000n],
    ["4200,00", 420_000n],
    ["4200.00", 420_000n],
    ["4200", 420_000n],
    ["4.200", 420_000n],
    ["€ 4.200,50", 420_050n],
    ["€4.200,50", 420_050n],
    [" 4200,5 ", 420_050n],
    ["4200.5", 420_050n],
    ["4.20", 420n], // a single dot + 2 digits at the end is a decimal point
    ["0,05", 5n],
    ["0", 0n],
    ["1.234.567,89", 123_456_789n],
    ["123.456", 12_345_600n],
    ["\u00a0€\u00a012.345,67\u00a0", 1_234_567n], // non-breaking spaces
    ["999.999.999,99", MONEY_MAX_CENTS],
  ])("%j -> %s", (input, cents) => {
    expect(parseMoney(input)).toEqual({ ok: true, cents });
  });
});

describe("parseMoney rejects", () => {
  it.each([
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["abc", "INVALID"],
    ["€", "INVALID"],
    ["4,200.00", "INVALID"], // English notation: ambiguous
    ["4.200.5", "INVALID"],
    ["4200.000", "INVALID"],
    ["0.500", "INVALID"], // dot + 3 digits after a zero is neither grouping nor decimals
    ["1.23.456", "INVALID"],
    ["4 200", "INVALID"],
    ["4200,", "INVALID"],
    [",50", "INVALID"],
    ["1e3", "INVALID"],
    ["+4200", "INVALID"],
    ["--5", "INVALID"],
    ["4200 EUR", "INVALID"],
    ["1,234", "TOO_MANY_DECIMALS"],
    ["4200,001", "TOO_MANY_DECIMALS"],
    ["-12,00", "NEGATIVE"],
    ["-€ 12,00", "NEGATIVE"],
    ["-0", "NEGATIVE"],
    ["1.000.000.000,00", "TOO_LARGE"],
    ["99999999999999999999999", "TOO_LARGE"],
  ])("%j (%s) with a Dutch message", (input, code) => {
    const result = parseMoney(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.length).toBeGreaterThan(5);
    }
  });
  it("explains the expected notation", () => {
    const result = parseMoney("4,200.00");
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain("4.200,00");
  });
});

describe("parseMoney options", () => {
  it("accepts negative amounts when allowed, in our own and common spellings", () => {
    const opts = { allowNegative: true };
    expect(parseMoney("-€ 12,00", opts)).toEqual({ ok: true, cents: -1_200n });
    expect(parseMoney("€ -12,00", opts)).toEqual({ ok: true, cents: -1_200n });
    expect(parseMoney("-1.234,5", opts)).toEqual({ ok: true, cents: -123_450n });
    expect(parseMoney("-0", opts)).toEqual({ ok: true, cents: 0n });
    expect(parseMoney("-1.000.000.000", opts)).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });
  it("honours a custom maximum", () => {
    expect(parseMoney("100,00", { maxCents: 10_000n })).toEqual({ ok: true, cents: 10_000n });
    expect(parseMoney("100,01", { maxCents: 10_000n })).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });
});

describe("properties", () => {
  const cents = fc.bigInt({ min: 0n, max: MONEY_MAX_CENTS });
  it("parseMoney(formatMoney(c)) round-trips, with and without the euro sign", () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseMoney(formatMoney(c).replace("€ ", ""))).toEqual({ ok: true, cents: c });
        expect(parseMoney(formatMoney(c))).toEqual({ ok: true, cents: c });
      }),
      { numRuns: 1000 },
    );
  });
  it("negative amounts round-trip when allowed", () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseMoney(formatMoney(-c), { allowNegative: true })).toEqual({ ok: true, cents: -c });
      }),
    );
  });
  it("parseMoney never throws", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = parseMoney(s);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});
