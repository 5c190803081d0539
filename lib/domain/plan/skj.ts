/**
 * SKJ registration numbers (Stichting Kwaliteitsregister Jeugd), format only.
 *
 * Rule chosen: after removing spaces, dots and hyphens and an optional
 * leading "SKJ" (any case, optionally followed by ":" or "-"), exactly nine
 * digits not starting with 0. The numbers in the public register are nine
 * digits starting with 1 (e.g. 100012345, 160039340); we do not demand the 1,
 * so a future series does not break the form, and there is no check digit to
 * verify. This catches typos and placeholders ("n.v.t.", "123"); whether the
 * person is really registered is checked in the public register
 * (skjeugd.nl), not here.
 */

const SKJ_DIGITS = /^[1-9]\d{8}$/;
const PREFIX = /^skj\s*[:-]?\s*/i;
const SEPARATORS = /[\s.\-]/gu;

/** The canonical nine digits, or null when the input is not a plausible SKJ number. */
export function normaliseSkjNumber(input: string | null | undefined): string | null {
  if (typeof input !== "string") return null;
  const digits = input.trim().replace(PREFIX, "").replace(SEPARATORS, "");
  return SKJ_DIGITS.test(digits) ? digits : null;
}

export function isValidSkjNumber(input: string | null | undefined): boolean {
  return normaliseSkjNumber(input) !== null;
}

export const SKJ_FORMAT_HINT = "Een SKJ-registratienummer bestaat uit 9 cijfers, bijvoorbeeld 100012345.";
