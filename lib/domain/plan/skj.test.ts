import { describe, expect, it } from "vitest";
import { isValidSkjNumber, normaliseSkjNumber } from "./skj";

describe("SKJ numbers", () => {
  it.each([
    ["100012345", "100012345"],
    [" 160039340 ", "160039340"],
    ["100 012 345", "100012345"],
    ["100.012.345", "100012345"],
    ["100-012-345", "100012345"],
    ["SKJ 100012345", "100012345"],
    ["skj:100012345", "100012345"],
    ["SKJ-100012345", "100012345"],
  ])("%j → %s", (input, digits) => {
    expect(normaliseSkjNumber(input)).toBe(digits);
    expect(isValidSkjNumber(input)).toBe(true);
  });

  it.each([null, undefined, "", "n.v.t.", "123", "12345678", "1000123456", "012345678", "10001234a", "BIG 100012345", "１００012345"])(
    "refuses %j",
    (input) => {
      expect(normaliseSkjNumber(input)).toBeNull();
      expect(isValidSkjNumber(input)).toBe(false);
    },
  );
});
