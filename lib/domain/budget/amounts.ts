/**
 * Money in the breakdown: exact fractions of cents, shown in euros, rounded
 * to whole cents only where the budget rules say so.
 */
import { div, fraction, fromInteger, roundHalfAwayFromZero, toDecimalString, type Fraction } from "./decimal";
import type { ExactMoney, RoundedMoney } from "./types";

const HUNDRED = fromInteger(100);

/** Euro digits shown for a non-terminating amount (8 digits of a cent). */
const EURO_DECIMALS = 10;

export function exactMoney(exactCents: Fraction): ExactMoney {
  return {
    exactCents,
    exactEuros: toDecimalString(div(exactCents, HUNDRED), { minDecimals: 2, maxDecimals: EURO_DECIMALS }),
  };
}

/** The one rounding step for money: to whole cents, halves away from zero. */
export function roundMoney(exactCents: Fraction): RoundedMoney {
  return { ...exactMoney(exactCents), cents: roundHalfAwayFromZero(exactCents) };
}

/** An amount that is already whole cents, in the same shape. */
export function wholeMoney(cents: bigint): RoundedMoney {
  return roundMoney(fraction(cents));
}
