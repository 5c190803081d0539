/**
 * Word count of a written-plan topic (SPEC §8) against the topic's limit
 * (Topic.wordLimit, procedure data).
 *
 * A word is a run of characters between whitespace (any Unicode white space:
 * spaces, tabs, newlines, non-breaking spaces) that contains at least one
 * letter or digit. So, as a reader counts:
 * - "sociaal-emotioneel", "en/of", "zo'n", "auto's", "’t", "1.200", "12,5%",
 *   "e-mail" and a URL are one word each;
 * - punctuation standing alone ("–", "-", "•", "...", "&") is not a word;
 * - repeated spaces and blank lines change nothing.
 * Known limit: a word split over a line with a hyphen ("samen-⏎werking")
 * counts as two; a textarea does not hyphenate, so a user never sees that.
 */

/** Letters or digits in any script (é, ë, ĳ, Arabic, …). */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/u;

export function countWords(text: string): number {
  if (typeof text !== "string") throw new TypeError("countWords expects a string");
  let words = 0;
  for (const token of text.split(WHITESPACE)) {
    if (HAS_LETTER_OR_DIGIT.test(token)) words += 1;
  }
  return words;
}

export interface WordLimitCheck {
  words: number;
  limit: number;
  /** Words over the limit; 0 when within. */
  over: number;
  withinLimit: boolean;
  /** "280 van 300 woorden" or "312 van 300 woorden: 12 woorden te veel". */
  summary: string;
}

function woorden(n: number): string {
  return `${n} ${n === 1 ? "woord" : "woorden"}`;
}

/** Checks a text against a positive integer word limit (throws on a nonsensical limit). */
export function checkWordLimit(text: string, limit: number): WordLimitCheck {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`A word limit must be a positive integer: ${limit}`);
  }
  const words = countWords(text);
  const over = Math.max(0, words - limit);
  const base = `${words} van ${limit} woorden`;
  return {
    words,
    limit,
    over,
    withinLimit: over === 0,
    summary: over === 0 ? base : `${base}: ${woorden(over)} te veel`,
  };
}

export interface TopicWithLimit {
  id: string;
  number: number;
  title: string;
  wordLimit: number;
}

export interface WrittenPlanAnswerInput {
  topicId: string;
  body: string;
}

export interface ValidateWrittenPlanOptions {
  /**
   * A draft may leave topics empty; a submission (default) needs every topic.
   * The word limit applies to both, so a draft shows the count early.
   */
  requireAll?: boolean;
}

/**
 * Field errors keyed "answers.<topicId>.body" (Dutch); empty when valid.
 * An answer for a topic that is not in the list is refused under its key.
 */
export function validateWrittenPlanAnswers(
  answers: readonly WrittenPlanAnswerInput[],
  topics: readonly TopicWithLimit[],
  options: ValidateWrittenPlanOptions = {},
): Record<string, string> {
  const { requireAll = true } = options;
  const errors: Record<string, string> = {};
  const byTopic = new Map<string, string>();
  for (const answer of answers) {
    const key = `answers.${answer.topicId}.body`;
    if (!topics.some((t) => t.id === answer.topicId)) {
      errors[key] = "Dit onderwerp hoort niet bij deze procedure.";
    } else if (byTopic.has(answer.topicId)) {
      errors[key] = "Dit onderwerp staat twee keer in het plan.";
    }
    byTopic.set(answer.topicId, answer.body);
  }
  for (const topic of topics) {
    const key = `answers.${topic.id}.body`;
    if (errors[key]) continue;
    const body = byTopic.get(topic.id) ?? "";
    if (countWords(body) === 0) {
      if (requireAll) errors[key] = `Vul onderwerp ${topic.number} (${topic.title}) in.`;
      continue;
    }
    const check = checkWordLimit(body, topic.wordLimit);
    if (!check.withinLimit) errors[key] = `${check.summary}. Kort de tekst in.`;
  }
  return errors;
}
