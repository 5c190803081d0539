import { describe, expect, it } from "vitest";
import { DEFAULT_EXPLANATION_RULES, explanationProblem, findDuplicateTexts, normaliseForComparison } from "./explanation";

describe("explanationProblem", () => {
  it.each([
    [null, "EMPTY"],
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["...", "EMPTY"],
    ["ok", "TOO_SHORT"],
    ["Goed", "TOO_SHORT"],
    ["Goed plan, prima uitgewerkt.", "TOO_SHORT"], // 4 words
    ["goed goed goed goed goed", "TOO_SHORT"], // 1 distinct word
    ["a b c d e", "TOO_SHORT"], // 5 letters
  ] as const)("%j → %s", (text, problem) => {
    expect(explanationProblem(text)).toBe(problem);
  });

  it.each([
    "Sluit goed aan bij onze school.",
    "De afstemming met ouders is concreet beschreven, met vaste contactmomenten.",
  ])("accepts %j", (text) => {
    expect(explanationProblem(text)).toBeNull();
  });

  it("follows rules passed in", () => {
    const strict = { ...DEFAULT_EXPLANATION_RULES, minWords: 8 };
    expect(explanationProblem("Sluit goed aan bij onze school.", strict)).toBe("TOO_SHORT");
  });
});

describe("normaliseForComparison", () => {
  it("ignores case, accents, punctuation and whitespace", () => {
    expect(normaliseForComparison("  Één,  TWEE!\n\ndrie… café ")).toBe("een twee drie cafe");
  });
  it("keeps different words different", () => {
    expect(normaliseForComparison("voor leerkrachten")).not.toBe(normaliseForComparison("voor ouders"));
  });
});

describe("findDuplicateTexts", () => {
  it("groups texts equal after normalisation, ignoring empty ones", () => {
    expect(
      findDuplicateTexts([
        { key: "a", text: "Goed uitgewerkt, sluit aan." },
        { key: "b", text: "goed  uitgewerkt sluit aan" },
        { key: "c", text: "Iets anders" },
        { key: "d", text: "" },
        { key: "e", text: " " },
        { key: "f", text: "GOED UITGEWERKT; SLUIT AAN!" },
      ]),
    ).toEqual([["a", "b", "f"]]);
  });
  it("returns nothing when all differ", () => {
    expect(findDuplicateTexts([{ key: "a", text: "een" }, { key: "b", text: "twee" }])).toEqual([]);
  });
});
