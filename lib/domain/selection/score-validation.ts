/**
 * Validation of a score sheet (individual, consensus or interview; SPEC §8)
 * and of the school's final choice. Pure: topics, score levels and the
 * procedure's min/max are data. Returns Dutch messages keyed by field path;
 * an empty object means valid.
 *
 * Keys of a score sheet: "items.<topicId>.score", "items.<topicId>.explanation",
 * "conclusion". Keys of a choice: "providerIds", "motivation".
 *
 * What makes an explanation acceptable is defined in ./explanation: at least
 * 5 words, 3 different words and 20 letters or digits, and not the same text
 * (after normalising case, whitespace, punctuation and accents) as the
 * explanation of another topic on the same sheet.
 */
import { DEFAULT_EXPLANATION_RULES, explanationProblem, findDuplicateTexts, type ExplanationRules } from "./explanation";

export interface ScoreTopic {
  id: string;
  number: number;
  title: string;
}

/** A ScoreLevel row: 1 onvoldoende, 2 voldoende, 3 goed in the seeds. */
export interface ScoreLevelData {
  value: number;
  label: string;
}

export interface ScoreItemInput {
  topicId: string;
  /** null when not chosen yet. */
  score: number | null;
  explanation: string;
}

export interface ScoreSheetInput {
  items: readonly ScoreItemInput[];
  conclusion?: string | null;
}

export interface ScoreSheetRules {
  topics: readonly ScoreTopic[];
  levels: readonly ScoreLevelData[];
  /** The consensus sheet ends with a conclusion with motivation (SPEC §8). Default false. */
  requireConclusion?: boolean;
  explanationRules?: ExplanationRules;
}

export type FieldErrors = Record<string, string>;

/** "1 (onvoldoende), 2 (voldoende) of 3 (goed)". */
export function describeScoreLevels(levels: readonly ScoreLevelData[]): string {
  const parts = [...levels].sort((a, b) => a.value - b.value).map((l) => `${l.value} (${l.label})`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} of ${parts[parts.length - 1]}`;
}

function isAllowedScore(score: number, allowed: ReadonlySet<number>): boolean {
  return Number.isInteger(score) && allowed.has(score);
}

function invalidScoreMessage(score: number, scoreHint: string): string {
  const shown = Number.isFinite(score) ? `${score}`.replace(".", ",") : "Dit";
  return `${shown} is geen geldige score. ${scoreHint}`;
}

/**
 * A draft may leave scores open, but a score it holds is one of the levels:
 * errors for the scores that are not (keys "items.<topicId>.score").
 */
export function validateDraftScores(items: readonly ScoreItemInput[], levels: readonly ScoreLevelData[]): FieldErrors {
  const allowed = new Set(levels.map((l) => l.value));
  const scoreHint = `Kies ${describeScoreLevels(levels)}.`;
  const errors: FieldErrors = {};
  for (const item of items) {
    if (item.score !== null && !isAllowedScore(item.score, allowed)) errors[`items.${item.topicId}.score`] = invalidScoreMessage(item.score, scoreHint);
  }
  return errors;
}

function topicLabel(topic: ScoreTopic): string {
  return `onderwerp ${topic.number} (${topic.title})`;
}

function joinNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}

export function validateScoreSheet(sheet: ScoreSheetInput, rules: ScoreSheetRules): FieldErrors {
  const { topics, levels, requireConclusion = false, explanationRules = DEFAULT_EXPLANATION_RULES } = rules;
  if (levels.length === 0) throw new RangeError("validateScoreSheet: the procedure has no score levels");
  const errors: FieldErrors = {};
  const allowed = new Set(levels.map((l) => l.value));
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const itemByTopic = new Map<string, ScoreItemInput>();

  for (const item of sheet.items) {
    if (!topicById.has(item.topicId)) {
      errors[`items.${item.topicId}.score`] = "Dit onderwerp hoort niet bij deze procedure.";
    } else if (itemByTopic.has(item.topicId)) {
      errors[`items.${item.topicId}.score`] = "Dit onderwerp is twee keer gescoord; geef één score per onderwerp.";
    } else {
      itemByTopic.set(item.topicId, item);
    }
  }

  const scoreHint = `Kies ${describeScoreLevels(levels)}.`;
  for (const topic of topics) {
    const item = itemByTopic.get(topic.id);
    const scoreKey = `items.${topic.id}.score`;
    const explanationKey = `items.${topic.id}.explanation`;
    if (errors[scoreKey]) continue;
    if (!item || item.score === null) {
      errors[scoreKey] = `Geef een score voor ${topicLabel(topic)}. ${scoreHint}`;
    } else if (!isAllowedScore(item.score, allowed)) {
      errors[scoreKey] = invalidScoreMessage(item.score, scoreHint);
    }
    const problem = explanationProblem(item?.explanation, explanationRules);
    if (problem === "EMPTY") {
      errors[explanationKey] = `Licht de score voor ${topicLabel(topic)} toe.`;
    } else if (problem === "TOO_SHORT") {
      errors[explanationKey] =
        `Deze toelichting is te kort. Leg in ten minste ${explanationRules.minWords} woorden uit wat in het plan tot deze score leidt.`;
    }
  }

  // The same text under several topics is not a reason per topic.
  const entries = topics.flatMap((t) => {
    const item = itemByTopic.get(t.id);
    return item ? [{ key: t.id, text: item.explanation }] : [];
  });
  for (const group of findDuplicateTexts(entries)) {
    for (const topicId of group) {
      const key = `items.${topicId}.explanation`;
      if (errors[key]) continue;
      const others = group
        .filter((id) => id !== topicId)
        .map((id) => topicById.get(id)?.number)
        .sort((a, b) => (a ?? 0) - (b ?? 0));
      errors[key] =
        `Deze toelichting staat ook bij onderwerp ${joinNl(others.map(String))}. ` +
        "Geef per onderwerp een eigen reden voor de score.";
    }
  }

  if (requireConclusion) {
    const problem = explanationProblem(sheet.conclusion, explanationRules);
    if (problem === "EMPTY") errors.conclusion = "Vul de conclusie met motivering in.";
    else if (problem === "TOO_SHORT") {
      errors.conclusion = `De conclusie is te kort. Motiveer haar in ten minste ${explanationRules.minWords} woorden.`;
    }
  }
  return errors;
}

export interface SchoolChoiceInput {
  providerIds: readonly string[];
  motivation: string;
}

export interface SchoolChoiceRules {
  /** Procedure.minChosenPerSchool / maxChosenPerSchool (seeds: 1 and 2). */
  minChosen: number;
  maxChosen: number;
  /** Providers the school may choose: invited to and present at the interview. */
  eligibleProviderIds: readonly string[];
  explanationRules?: ExplanationRules;
}

function aanbieders(n: number): string {
  return `${n} ${n === 1 ? "aanbieder" : "aanbieders"}`;
}

/** "Kies 1 of 2 aanbieders." / "Kies precies 1 aanbieder." / "Kies 1 tot en met 3 aanbieders." */
export function describeChoiceCount(minChosen: number, maxChosen: number): string {
  if (minChosen === maxChosen) return `Kies precies ${aanbieders(minChosen)}.`;
  if (maxChosen === minChosen + 1) return `Kies ${minChosen} of ${aanbieders(maxChosen)}.`;
  return `Kies ${minChosen} tot en met ${aanbieders(maxChosen)}.`;
}

export function validateSchoolChoice(input: SchoolChoiceInput, rules: SchoolChoiceRules): FieldErrors {
  const { minChosen, maxChosen, eligibleProviderIds, explanationRules = DEFAULT_EXPLANATION_RULES } = rules;
  if (!Number.isInteger(minChosen) || !Number.isInteger(maxChosen) || minChosen < 1 || maxChosen < minChosen) {
    throw new RangeError(`validateSchoolChoice: invalid min/max chosen ${minChosen}/${maxChosen}`);
  }
  const errors: FieldErrors = {};
  const chosen = new Set(input.providerIds);
  const eligible = new Set(eligibleProviderIds);
  if (chosen.size !== input.providerIds.length) {
    errors.providerIds = "U heeft dezelfde aanbieder meer dan eens gekozen.";
  } else if ([...chosen].some((id) => !eligible.has(id))) {
    errors.providerIds =
      "U kunt alleen kiezen uit aanbieders die voor het gesprek waren uitgenodigd en gesproken zijn.";
  } else if (chosen.size < minChosen || chosen.size > maxChosen) {
    const counted = chosen.size === 0 ? "U heeft geen aanbieder gekozen." : `U koos er ${chosen.size}.`;
    errors.providerIds = `${describeChoiceCount(minChosen, maxChosen)} ${counted}`;
  }
  const problem = explanationProblem(input.motivation, explanationRules);
  if (problem === "EMPTY") errors.motivation = "Motiveer uw keuze.";
  else if (problem === "TOO_SHORT") {
    errors.motivation = `De motivering is te kort. Leg in ten minste ${explanationRules.minWords} woorden uit waarom u voor deze aanbieder(s) kiest.`;
  }
  return errors;
}
