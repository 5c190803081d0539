import { describe, expect, it } from "vitest";
import { isValidAgb, isValidKvk, normalisePostalCode } from "./registration";

describe("registration checks", () => {
  it.each([["12345678", true], ["1234567", false], ["123456789", false], ["1234567a", false], [" 12345678", false]])("KvK %j valid: %s", (v, ok) => {
    expect(isValidKvk(v)).toBe(ok);
  });
  it("validates AGB codes as 8 digits", () => {
    expect(isValidAgb("01234567")).toBe(true);
    expect(isValidAgb("0123456")).toBe(false);
  });
  it.each([["2611aa", "2611 AA"], [" 2611 ab ", "2611 AB"], ["0611 AA", null], ["2611 SS", null], ["2611-AA", null]])("postal code %j → %j", (v, out) => {
    expect(normalisePostalCode(v)).toBe(out);
  });
});
