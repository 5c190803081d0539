/**
 * Money is an integer number of euro cents as `bigint`. Never a float: no
 * `amount * 100`, no Number in between.
 *
 * Display: formatMoney(1234567n) = "€ 12.345,67" (ASCII space after €, "." for
 * thousands, "," for decimals, always two decimals); negative: "-€ 12,00".
 *
 * Input grammar of parseMoney (after trimming surrounding whitespace):
 *
 *   input   = [sign] ["€" ws*] [sign] number          (at most one sign)
 *   sign    = "-"
 *   number  = integer [ "," frac ]                    -- comma = decimal separator
 *           | plain "." frac                          -- a single dot followed by
 *                                                       1-2 digits at the end is a
 *                                                       decimal point ("4200.5")
 *   integer = plain | grouped
 *   plain   = digit+
 *   grouped = nonzero digit{0,2} ( "." digit{3} )+    -- dots are thousands separators
 *                                                       only before groups of exactly 3
 *   frac    = digit{1,2}                              -- "4200,5" = 4200,50
 *
 * Consequences: "4.200" = 4200,00 and "4.20" = 4,20 (dot + 2 digits = decimal);
 * "4,200.00", "4.200.5", "4200.000", "0.500", "4 200" and "1,234" are rejected
 * as ambiguous or malformed; more than 2 decimals is an error; a minus sign is
 * an error unless `allowNegative`; |amount| must not exceed MONEY_MAX_CENTS.
 * Whitespace includes non-breaking spaces (as pasted from formatted text).
 */

/** € 999.999.999,99, the largest amount accepted by parseMoney (a sanity cap). */
export const MONEY_MAX_CENTS = 99_999_999_999n;

export type ParseMoneyErrorCode = "EMPTY" | "INVALID" | "TOO_MANY_DECIMALS" | "NEGATIVE" | "TOO_LARGE";

export type ParseMoneyResult =
  | { ok: true; cents: bigint }
  | { ok: false; code: ParseMoneyErrorCode; message: string };

export interface ParseMoneyOptions {
  /** Accept a leading minus sign. Default false. */
  allowNegative?: boolean;
  /** Upper bound on the absolute value, in cents. Default MONEY_MAX_CENTS. */
  maxCents?: bigint;
}

/** "€ 12.345,67"; negative amounts as "-€ 12,00". */
export function formatMoney(cents: bigint): string {
  if (typeof cents !== "bigint") throw new TypeError("formatMoney expects bigint cents");
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const euros = (abs / 100n).toString();
  const rest = (abs % 100n).toString().padStart(2, "0");
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}€ ${grouped},${rest}`;
}

/** Formats euro cents without the currency sign: "12.345,67" (for input fields). */
export function formatMoneyPlain(cents: bigint): string {
  return formatMoney(cents).replace("€ ", "");
}

const EXAMPLE = "bijvoorbeeld 4.200,00";

function fail(code: ParseMoneyErrorCode, message: string): ParseMoneyResult {
  return { ok: false, code, message };
}

// Anchored patterns for the number part (see the grammar above).
const COMMA_DECIMAL = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/;

/** Parses a Dutch-formatted euro amount into cents; never throws. */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): ParseMoneyResult {
  const { allowNegative = false, maxCents = MONEY_MAX_CENTS } = options;
  if (typeof input !== "string" || input.trim() === "") {
    return fail("EMPTY", "Vul een bedrag in.");
  }
  let rest = input.trim();
  let negative = false;
  const takeSign = () => {
    if (rest.startsWith("-") && !negative) {
      negative = true;
      rest = rest.slice(1).trimStart();
    }
  };
  takeSign();
  if (rest.startsWith("€")) rest = rest.slice(1).trimStart();
  takeSign();

  let integerPart: string;
  let fraction = "";
  const dot = DOT_DECIMAL.exec(rest);
  const comma = dot ? null : COMMA_DECIMAL.exec(rest);
  if (dot) {
    integerPart = dot[1] ?? "";
    fraction = dot[2] ?? "";
  } else if (comma) {
    integerPart = (comma[1] ?? "").replaceAll(".", "");
    fraction = comma[2] ?? "";
    if (fraction.length > 2) {
      return fail("TOO_MANY_DECIMALS", "Gebruik maximaal twee cijfers achter de komma.");
    }
  } else {
    return fail(
      "INVALID",
      `Dit is geen geldig bedrag. Gebruik een komma voor de centen en eventueel punten per duizendtal, ${EXAMPLE}.`,
    );
  }

  const magnitude = BigInt(integerPart) * 100n + BigInt(fraction.padEnd(2, "0"));
  // Any minus sign is refused unless allowed, even "-0,00": it signals a mistake.
  if (negative && !allowNegative) {
    return fail("NEGATIVE", "Een negatief bedrag is hier niet toegestaan.");
  }
  if (magnitude > maxCents) {
    return fail("TOO_LARGE", `Het bedrag is te hoog; het maximum is ${formatMoney(maxCents)}.`);
  }
  return { ok: true, cents: negative && magnitude !== 0n ? -magnitude : magnitude };
}
