import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a BOM, semicolons and CRLF, quoting what needs it", () => {
    expect(toCsv(["a", "b"], [["x;y", 'zei "ja"'], ["regel\nnieuw", null]])).toBe('\uFEFFa;b\r\n"x;y";"zei ""ja"""\r\n"regel\nnieuw";\r\n');
  });

  it("neutralises spreadsheet formulas", () => {
    expect(toCsv(["a"], [["=SUM(A1)"], ["-5"]])).toBe("\uFEFFa\r\n'=SUM(A1)\r\n'-5\r\n");
  });
});
