import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWordLimit, countWords, validateWrittenPlanAnswers, type TopicWithLimit } from "./word-count";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t  ", 0],
    ["Afstemming met thuis", 3],
    ["  Afstemming   met\n\nthuis  ", 3],
    ["sociaal-emotionele problemen", 2],
    ["en/of", 1],
    ["zo'n school, auto's en ’t plein", 6],
    ["Wij werken – samen – met ouders.", 5],
    ["• punt één\n• punt twee", 4],
    ["Dus... ja!", 2],
    ["1.200 uur per jaar, 12,5% meer", 6],
    ["e-mail: info@voorbeeld.nl of https://sbjh.nl/plan", 4],
    ["Ĳsselmonde, café en één", 4],
    ["tekst\u00a0met\u00a0harde\u00a0spaties", 4],
    ["— & ... - •", 0],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it("is the number of words joined by any whitespace (property)", () => {
    const word = fc.stringMatching(/^[a-zA-Zàéëïöü0-9][a-zA-Zàéëïöü0-9'’\-/.,]{0,11}$/);
    const gap = fc.stringMatching(/^[ \t\n\u00a0]{1,4}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(gap, { minLength: 41, maxLength: 41 }), (words, gaps) => {
        const text = gaps[40] + words.map((w, i) => `${w}${gaps[i]}`).join("");
        expect(countWords(text)).toBe(words.length);
      }),
    );
  });
});

describe("checkWordLimit", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(" ");

  it("312 of 300: 12 words too many", () => {
    expect(checkWordLimit(words(312), 300)).toEqual({
      words: 312,
      limit: 300,
      over: 12,
      withinLimit: false,
      summary: "312 van 300 woorden: 12 woorden te veel",
    });
  });
  it("singular for one word over", () => {
    expect(checkWordLimit(words(301), 300).summary).toBe("301 van 300 woorden: 1 woord te veel");
  });
  it("exactly at the limit is within", () => {
    const check = checkWordLimit(words(300), 300);
    expect(check.withinLimit).toBe(true);
    expect(check.over).toBe(0);
    expect(check.summary).toBe("300 van 300 woorden");
  });
  it("refuses a nonsensical limit", () => {
    expect(() => checkWordLimit("x", 0)).toThrow(RangeError);
    expect(() => checkWordLimit("x", 2.5)).toThrow(RangeError);
  });
});

describe("validateWrittenPlanAnswers", () => {
  const topics: TopicWithLimit[] = [
    { id: "t1", number: 1, title: "Grens collectieve en individuele jeugdhulp op school", wordLimit: 5 },
    { id: "t2", number: 2, title: "Afstemming met thuis", wordLimit: 3 },
  ];

  it("accepts answers within the limits", () => {
    expect(validateWrittenPlanAnswers([{ topicId: "t1", body: "een twee" }, { topicId: "t2", body: "drie" }], topics)).toEqual({});
  });
  it("reports an answer over its topic's limit under its key", () => {
    const errors = validateWrittenPlanAnswers(
      [{ topicId: "t1", body: "een" }, { topicId: "t2", body: "een twee drie vier vijf" }],
      topics,
    );
    expect(errors).toEqual({ "answers.t2.body": "5 van 3 woorden: 2 woorden te veel. Kort de tekst in." });
  });
  it("a submission needs every topic; a draft does not", () => {
    const answers = [{ topicId: "t1", body: "een" }, { topicId: "t2", body: "  – " }];
    expect(validateWrittenPlanAnswers(answers, topics)).toEqual({
      "answers.t2.body": "Vul onderwerp 2 (Afstemming met thuis) in.",
    });
    expect(validateWrittenPlanAnswers(answers, topics, { requireAll: false })).toEqual({});
  });
  it("refuses an unknown or doubled topic", () => {
    const errors = validateWrittenPlanAnswers(
      [
        { topicId: "t1", body: "een" },
        { topicId: "t1", body: "twee" },
        { topicId: "t2", body: "drie" },
        { topicId: "x", body: "vier" },
      ],
      topics,
    );
    expect(Object.keys(errors).sort()).toEqual(["answers.t1.body", "answers.x.body"]);
    expect(errors["answers.x.body"]).toMatch(/hoort niet bij/);
  });
});
