import { describe, expect, it } from "vitest";
import {
  describeChoiceCount,
  describeScoreLevels,
  validateDraftScores,
  validateSchoolChoice,
  validateScoreSheet,
  type ScoreItemInput,
  type ScoreLevelData,
  type ScoreTopic,
} from "./score-validation";

const LEVELS: ScoreLevelData[] = [
  { value: 3, label: "goed" },
  { value: 1, label: "onvoldoende" },
  { value: 2, label: "voldoende" },
];
const TOPICS: ScoreTopic[] = [
  { id: "t1", number: 1, title: "Grens collectieve en individuele jeugdhulp op school" },
  { id: "t2", number: 2, title: "Afstemming met thuis" },
  { id: "t3", number: 3, title: "Werken in een schoolteam" },
];
const REASONS = [
  "De grens met individuele hulp is helder beschreven met voorbeelden.",
  "Contact met ouders is vaag; er staan geen vaste momenten in.",
  "Sterk: de jeugdhulpverlener schuift aan bij het zorgoverleg.",
];
const validItems = (): ScoreItemInput[] =>
  TOPICS.map((t, i) => ({ topicId: t.id, score: (i % 3) + 1, explanation: REASONS[i] ?? "" }));
const rules = { topics: TOPICS, levels: LEVELS };

describe("validateScoreSheet", () => {
  it("accepts a complete sheet", () => {
    expect(validateScoreSheet({ items: validItems() }, rules)).toEqual({});
  });

  it("every topic must be scored", () => {
    const items = validItems().filter((i) => i.topicId !== "t2");
    const errors = validateScoreSheet({ items }, rules);
    expect(errors["items.t2.score"]).toBe(
      "Geef een score voor onderwerp 2 (Afstemming met thuis). Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed).",
    );
    expect(errors["items.t2.explanation"]).toMatch(/Licht de score voor onderwerp 2/);
    expect(Object.keys(errors).sort()).toEqual(["items.t2.explanation", "items.t2.score"]);
  });

  it("a null score is not a score", () => {
    const items = validItems().map((i) => (i.topicId === "t1" ? { ...i, score: null } : i));
    expect(Object.keys(validateScoreSheet({ items }, rules))).toEqual(["items.t1.score"]);
  });

  it.each([
    [0, "0"],
    [4, "4"],
    [2.5, "2,5"],
    [-1, "-1"],
    [Number.NaN, "Dit"],
  ])("refuses score %d outside the levels", (score, shown) => {
    const items = validItems().map((i) => (i.topicId === "t3" ? { ...i, score } : i));
    expect(validateScoreSheet({ items }, rules)["items.t3.score"]).toBe(
      `${shown} is geen geldige score. Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed).`,
    );
  });

  it("uses the procedure's levels, not 1–3", () => {
    const fiveLevels = [1, 2, 3, 4, 5].map((value) => ({ value, label: `niveau ${value}` }));
    const items = validItems().map((i) => (i.topicId === "t1" ? { ...i, score: 5 } : i));
    expect(validateScoreSheet({ items }, { topics: TOPICS, levels: fiveLevels })).toEqual({});
    expect(validateScoreSheet({ items }, rules)["items.t1.score"]).toBeDefined();
  });

  it.each(["", "ok", "goed", "Prima, sluit aan."])("refuses explanation %j", (explanation) => {
    const items = validItems().map((i) => (i.topicId === "t2" ? { ...i, explanation } : i));
    const errors = validateScoreSheet({ items }, rules);
    expect(Object.keys(errors)).toEqual(["items.t2.explanation"]);
  });

  it("refuses the same explanation copied under several topics, asking for a reason per topic", () => {
    const items = validItems().map((i) =>
      i.topicId === "t2" ? { ...i, explanation: "De grens met individuele hulp is  helder beschreven, met voorbeelden!" } : i,
    );
    const errors = validateScoreSheet({ items }, rules);
    expect(errors).toEqual({
      "items.t1.explanation":
        "Deze toelichting staat ook bij onderwerp 2. Geef per onderwerp een eigen reden voor de score.",
      "items.t2.explanation":
        "Deze toelichting staat ook bij onderwerp 1. Geef per onderwerp een eigen reden voor de score.",
    });
  });

  it("names every other topic with the same text", () => {
    const same = "Uitgebreid en concreet uitgewerkt voor onze school.";
    const items = validItems().map((i) => ({ ...i, explanation: same }));
    expect(validateScoreSheet({ items }, rules)["items.t1.explanation"]).toBe(
      "Deze toelichting staat ook bij onderwerp 2 en 3. Geef per onderwerp een eigen reden voor de score.",
    );
  });

  it("refuses an unknown and a doubled topic", () => {
    const items = [...validItems(), { topicId: "t1", score: 2, explanation: "Een andere toelichting bij hetzelfde onderwerp." }, { topicId: "zz", score: 2, explanation: "x" }];
    const errors = validateScoreSheet({ items }, rules);
    expect(errors["items.t1.score"]).toMatch(/twee keer gescoord/);
    expect(errors["items.zz.score"]).toMatch(/hoort niet bij/);
  });

  it("the consensus sheet needs a conclusion when asked", () => {
    const items = validItems();
    expect(validateScoreSheet({ items }, { ...rules, requireConclusion: true })).toEqual({
      conclusion: "Vul de conclusie met motivering in.",
    });
    expect(validateScoreSheet({ items, conclusion: "Goed." }, { ...rules, requireConclusion: true }).conclusion).toMatch(
      /te kort/,
    );
    expect(
      validateScoreSheet(
        { items, conclusion: "Een sterk plan dat goed aansluit bij onze leerlingen." },
        { ...rules, requireConclusion: true },
      ),
    ).toEqual({});
    expect(validateScoreSheet({ items }, rules)).toEqual({});
  });

  it("throws when the procedure has no score levels", () => {
    expect(() => validateScoreSheet({ items: validItems() }, { topics: TOPICS, levels: [] })).toThrow(RangeError);
  });
});

describe("validateDraftScores", () => {
  it("accepts a draft with open scores and empty explanations", () => {
    const draft: ScoreItemInput[] = [
      { topicId: "t1", score: null, explanation: "" },
      { topicId: "t2", score: 2, explanation: "" },
      { topicId: "t3", score: null, explanation: "Nog uitwerken" },
    ];
    expect(validateDraftScores(draft, LEVELS)).toEqual({});
  });

  it("marks each score outside the levels, and only those", () => {
    const draft: ScoreItemInput[] = [
      { topicId: "t1", score: 4, explanation: "" },
      { topicId: "t2", score: 3, explanation: "" },
      { topicId: "t3", score: 1.5, explanation: "" },
    ];
    expect(validateDraftScores(draft, LEVELS)).toEqual({
      "items.t1.score": "4 is geen geldige score. Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed).",
      "items.t3.score": "1,5 is geen geldige score. Kies 1 (onvoldoende), 2 (voldoende) of 3 (goed).",
    });
  });

  it("refuses a score that is not a number, and 0", () => {
    const draft: ScoreItemInput[] = [
      { topicId: "t1", score: Number.NaN, explanation: "" },
      { topicId: "t2", score: 0, explanation: "" },
    ];
    expect(Object.keys(validateDraftScores(draft, LEVELS))).toEqual(["items.t1.score", "items.t2.score"]);
    expect(validateDraftScores(draft, LEVELS)["items.t1.score"]).toMatch(/^Dit is geen geldige score\./);
  });
});

describe("describeScoreLevels / describeChoiceCount", () => {
  it("lists levels in value order", () => {
    expect(describeScoreLevels(LEVELS)).toBe("1 (onvoldoende), 2 (voldoende) of 3 (goed)");
    expect(describeScoreLevels([{ value: 1, label: "x" }])).toBe("1 (x)");
  });
  it.each([
    [1, 2, "Kies 1 of 2 aanbieders."],
    [1, 1, "Kies precies 1 aanbieder."],
    [2, 2, "Kies precies 2 aanbieders."],
    [1, 3, "Kies 1 tot en met 3 aanbieders."],
  ])("%i–%i", (min, max, text) => {
    expect(describeChoiceCount(min, max)).toBe(text);
  });
});

describe("validateSchoolChoice", () => {
  const choiceRules = { minChosen: 1, maxChosen: 2, eligibleProviderIds: ["a", "b", "c"] };
  const motivation = "Aanbieder A kent onze school en heeft direct personeel beschikbaar.";

  it.each([[["a"]], [["a", "c"]]])("accepts %j", (providerIds) => {
    expect(validateSchoolChoice({ providerIds, motivation }, choiceRules)).toEqual({});
  });
  it("refuses choosing none", () => {
    expect(validateSchoolChoice({ providerIds: [], motivation }, choiceRules)).toEqual({
      providerIds: "Kies 1 of 2 aanbieders. U heeft geen aanbieder gekozen.",
    });
  });
  it("refuses choosing three", () => {
    expect(validateSchoolChoice({ providerIds: ["a", "b", "c"], motivation }, choiceRules)).toEqual({
      providerIds: "Kies 1 of 2 aanbieders. U koos er 3.",
    });
  });
  it("refuses a provider that was not invited or interviewed", () => {
    expect(validateSchoolChoice({ providerIds: ["a", "x"], motivation }, choiceRules).providerIds).toMatch(
      /alleen kiezen uit aanbieders die voor het gesprek waren uitgenodigd/,
    );
  });
  it("refuses the same provider twice", () => {
    expect(validateSchoolChoice({ providerIds: ["a", "a"], motivation }, choiceRules).providerIds).toMatch(/meer dan eens/);
  });
  it("requires a substantial motivation", () => {
    expect(validateSchoolChoice({ providerIds: ["a"], motivation: "  " }, choiceRules)).toEqual({
      motivation: "Motiveer uw keuze.",
    });
    expect(validateSchoolChoice({ providerIds: ["a"], motivation: "beste" }, choiceRules).motivation).toMatch(/te kort/);
  });
  it("takes min and max from the procedure", () => {
    const exactlyTwo = { ...choiceRules, minChosen: 2, maxChosen: 2 };
    expect(validateSchoolChoice({ providerIds: ["a"], motivation }, exactlyTwo).providerIds).toBe(
      "Kies precies 2 aanbieders. U koos er 1.",
    );
    expect(() => validateSchoolChoice({ providerIds: ["a"], motivation }, { ...choiceRules, minChosen: 3 })).toThrow(
      RangeError,
    );
  });
});
