import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("refuses passwords shorter than 12 characters", () => {
    expect(passwordProblem("Kort-1!")).toMatch(/minimaal 12 tekens/);
  });

  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("paarse olifant fietst langs de gracht")).toBeNull();
    expect(passwordProblem("zonder hoofdletters of cijfers prima")).toBeNull();
  });

  it.each(["123456789012", "passwordpassword", "qwertyuiopasdf", "wachtwoord1234", "aaaaaaaaaaaaaaaa", "welkom123welkom"])(
    "refuses the common or predictable password %s",
    (password) => {
      expect(passwordProblem(password)).toMatch(/te makkelijk te raden/);
    },
  );

  it("refuses a password made of the user's own name and e-mail", () => {
    expect(passwordProblem("pieterjansen2025", ["Pieter Jansen", "pieter@debrug.example"])).toMatch(/te makkelijk/);
  });

  it("accepts up to the maximum length and refuses beyond it", () => {
    const long = "correct paard batterij nietje ".repeat(20).slice(0, PASSWORD_MAX_LENGTH);
    expect(passwordProblem(long)).toBeNull();
    expect(passwordProblem(`${long}x`)).toMatch(/hoogstens/);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(passwordProblem("😀😀😀😀😀😀😀😀😀😀😀")).toMatch(/minimaal 12/);
  });
});
