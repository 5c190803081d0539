/**
 * When is a written reason (a score explanation, a choice motivation) a real
 * reason? SPEC §8 asks for "an explanation per topic"; a provider reads it to
 * understand its score, so a bare "ok" or "goed" is not one.
 *
 * Rule (defaults in DEFAULT_EXPLANATION_RULES, overridable per call):
 * - at least 5 words (counted as in ./word-count),
 * - at least 3 different words (so "goed goed goed goed goed" fails),
 * - at least 20 letters or digits (so "a b c d e" fails).
 * "Sluit goed aan bij onze school." passes; "Goed plan, prima uitgewerkt." (4
 * words) does not. This is a floor against empty reasons, not a judgement of
 * quality: staff still read the text.
 *
 * Two reasons are "the same" when they are equal after normalisation:
 * Unicode NFKD with diacritics removed, lower case, every run of characters
 * other than letters and digits replaced by one space, trimmed. So
 * "Goed uitgewerkt!" and "goed  uitgewerkt" are the same; "Goed uitgewerkt
 * voor leerkrachten" and "Goed uitgewerkt voor ouders" are not.
 */
import { countWords } from "./word-count";

export interface ExplanationRules {
  minWords: number;
  minDistinctWords: number;
  minLettersOrDigits: number;
}

export const DEFAULT_EXPLANATION_RULES: ExplanationRules = {
  minWords: 5,
  minDistinctWords: 3,
  minLettersOrDigits: 20,
};

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** The comparison form of a text: "Één, Twee!" → "een twee". */
export function normaliseForComparison(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}

export type ExplanationProblem = "EMPTY" | "TOO_SHORT";

/** null when the text meets the rules, else why not. */
export function explanationProblem(
  text: string | null | undefined,
  rules: ExplanationRules = DEFAULT_EXPLANATION_RULES,
): ExplanationProblem | null {
  const value = typeof text === "string" ? text : "";
  if (countWords(value) === 0) return "EMPTY";
  const normalised = normaliseForComparison(value);
  const words = normalised === "" ? [] : normalised.split(" ");
  const lettersOrDigits = normalised.replaceAll(" ", "").length;
  if (
    countWords(value) < rules.minWords ||
    new Set(words).size < rules.minDistinctWords ||
    lettersOrDigits < rules.minLettersOrDigits
  ) {
    return "TOO_SHORT";
  }
  return null;
}

/**
 * Groups of keys whose texts are the same after normalisation (only groups of
 * two or more; empty texts are ignored). Keys keep their input order.
 */
export function findDuplicateTexts(entries: readonly { key: string; text: string }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { key, text } of entries) {
    const normalised = normaliseForComparison(text);
    if (normalised === "") continue;
    const group = groups.get(normalised);
    if (group) group.push(key);
    else groups.set(normalised, [key]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
