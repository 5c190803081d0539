import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a same-site path", () => {
    expect(safeReturnPath("/beheer?tab=1", "/mijn")).toBe("/beheer?tab=1");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "beheer", "", null, undefined, "/a\nb"])(
    "refuses %j",
    (value) => {
      expect(safeReturnPath(value, "/mijn")).toBe("/mijn");
    },
  );
});
