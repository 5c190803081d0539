/**
 * Exact rational arithmetic on bigint, for the budget computation. No floating
 * point anywhere: percentages and FTE arrive as decimal strings ("8.33",
 * "4,5") and become fractions; money stays in integer cents until it is
 * rounded, once, where the budget rules say so.
 *
 * A Fraction is always normalised: den > 0 and gcd(|num|, den) = 1, so two
 * equal values have equal fields.
 */

export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den, normalised. Throws on a zero denominator. */
export function fraction(num: bigint, den: bigint = 1n): Fraction {
  if (den === 0n) throw new RangeError("fraction: zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** An integer (bigint or a safe integer number) as a fraction. */
export function fromInteger(n: bigint | number): Fraction {
  if (typeof n === "number" && !Number.isSafeInteger(n)) {
    throw new RangeError(`fromInteger: ${n} is not a safe integer`);
  }
  return { num: BigInt(n), den: 1n };
}

export const ZERO: Fraction = fraction(0n);
export const ONE: Fraction = fraction(1n);

export function add(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

/** a / b. Throws when b is zero. */
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError("div: division by zero");
  return fraction(a.num * b.den, a.den * b.num);
}

/** Sum of any number of fractions (ZERO for none). */
export function sum(values: readonly Fraction[]): Fraction {
  return values.reduce(add, ZERO);
}

export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function equals(a: Fraction, b: Fraction): boolean {
  return a.num === b.num && a.den === b.den;
}

/** Largest integer ≤ f. */
export function floor(f: Fraction): bigint {
  const q = f.num / f.den; // truncates toward zero
  return f.num < 0n && q * f.den !== f.num ? q - 1n : q;
}

/** f − floor(f): the part in [0, 1). */
export function fractionalPart(f: Fraction): Fraction {
  return sub(f, fromInteger(floor(f)));
}

/** Rounds to an integer, halves away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAwayFromZero(f: Fraction): bigint {
  const n = abs(f.num);
  const q = n / f.den;
  const r = n % f.den;
  const rounded = 2n * r >= f.den ? q + 1n : q;
  return f.num < 0n ? -rounded : rounded;
}

/** 1 + p, the usual "plus a percentage" factor. */
export function onePlus(f: Fraction): Fraction {
  return add(ONE, f);
}

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

export interface ParsedDecimal {
  value: Fraction;
  /** Number of digits written after the decimal separator ("8.330" → 3). */
  decimals: number;
}

/**
 * Parses "8.33", "8,33", "-1.5", "4" (a dot or a comma as the decimal
 * separator, no thousands separators, optional sign; surrounding whitespace
 * ignored). Returns null for anything else, including "", ".5" and "1e3".
 */
export function parseDecimal(text: string): ParsedDecimal | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "0", decimals = ""] = match;
  const magnitude = BigInt(whole + decimals);
  const value = fraction(sign === "-" ? -magnitude : magnitude, 10n ** BigInt(decimals.length));
  return { value, decimals: decimals.length };
}

/** Like parseDecimal but throws; for inputs that have passed validation. */
export function decimal(text: string): Fraction {
  const parsed = parseDecimal(text);
  if (!parsed) throw new RangeError(`Not a decimal number: "${text}"`);
  return parsed.value;
}

/** "8.33" (percent) → 833/10000. */
export function percent(text: string): Fraction {
  return div(decimal(text), fromInteger(100));
}

/** Decimals needed to write f exactly, or null when its expansion does not end. */
export function exactDecimals(f: Fraction): number | null {
  let d = f.den;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  return d === 1n ? Math.max(twos, fives) : null;
}

/** Whether the decimal expansion of f ends (its denominator is 2^a·5^b). */
export function isTerminating(f: Fraction): boolean {
  return exactDecimals(f) !== null;
}

export interface DecimalStringOptions {
  /** Digits shown for a value that cannot be written exactly (rounded half away from zero). Default 10. */
  maxDecimals?: number;
  /** Pad to at least this many decimals ("410888.3" → "410888.30"). Default 0. */
  minDecimals?: number;
}

/** Longest exact expansion written in full (inputs with ≤ 4-decimal percentages stay far below). */
const MAX_EXACT_DECIMALS = 40;

/**
 * Plain decimal notation with a dot, no grouping: "91308.5151552", "-0.25".
 * A value whose expansion ends (within 40 decimals) is written in full, so
 * every exact intermediate can be checked by hand; any other is rounded to
 * maxDecimals and ends in "…" so nobody mistakes it for exact.
 */
export function toDecimalString(f: Fraction, options: DecimalStringOptions = {}): string {
  const { maxDecimals = 10, minDecimals = 0 } = options;
  const needed = exactDecimals(f);
  const exact = needed !== null && needed <= MAX_EXACT_DECIMALS;
  const places = Math.max(minDecimals, exact ? needed : maxDecimals);
  const digits = roundHalfAwayFromZero(mul(f, fromInteger(10n ** BigInt(places))));
  const negative = digits < 0n || (digits === 0n && f.num < 0n);
  const text = abs(digits).toString().padStart(places + 1, "0");
  const whole = text.slice(0, text.length - places);
  const rest = text.slice(text.length - places);
  return `${negative ? "-" : ""}${whole}${places > 0 ? `.${rest}` : ""}${exact ? "" : "…"}`;
}

/** A derived quantity for the breakdown: the exact value and how it reads. */
export interface ExactDecimal {
  value: Fraction;
  /** toDecimalString(value): exact, or rounded with a trailing "…". */
  decimal: string;
}

export function exactDecimal(value: Fraction, options?: DecimalStringOptions): ExactDecimal {
  return { value, decimal: toDecimalString(value, options) };
}
