// Password rules (NIST SP 800-63B style): a minimum length, a generous
// maximum, pasting allowed, no composition rules, and refusal of passwords
// that are common or easy to guess, judged by zxcvbn-ts with its shipped
// lists of common passwords and Dutch and English words.

import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as nl from "@zxcvbn-ts/language-nl-be";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/**
 * Estimated guesses (log10) a password must need. 10^10 is zxcvbn's top
 * score: it refuses "Welkom01!Welkom" (~10^9.5) and accepts a short passphrase.
 */
const MIN_GUESSES_LOG10 = 10;

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: nl.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
  });
  return factory;
}

/** Words from the context that must not make up a password. */
const PORTAL_WORDS = ["jeugdhulp", "haaglanden", "servicebureau", "sbjh", "inkoopportaal", "school", "wachtwoord"];

/** A Dutch explanation of why the password is refused, or null if it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Kies een wachtwoord van minimaal ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden werkt goed.`;
  if (length > PASSWORD_MAX_LENGTH) return `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`;
  const inputs = [...PORTAL_WORDS, ...personal.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 3)];
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  if (result.guessesLog10 >= MIN_GUESSES_LOG10) return null;
  const reason = result.feedback.warning ? ` ${result.feedback.warning}` : "";
  return `Dit wachtwoord is te makkelijk te raden of komt veel voor.${reason} Kies een langer of minder voorspelbaar wachtwoord.`;
}
