import { describe, expect, it } from "vitest";
import { formatRecoveryCode, formatSecretForTyping, parseSecondFactor, recoveryCodeFromBytes } from "./second-factor";

describe("parseSecondFactor", () => {
  it("reads a six-digit code, with or without a space", () => {
    expect(parseSecondFactor("123456")).toEqual({ kind: "TOTP", token: "123456" });
    expect(parseSecondFactor(" 123 456 ")).toEqual({ kind: "TOTP", token: "123456" });
  });

  it("reads a recovery code in any case, with or without dashes", () => {
    expect(parseSecondFactor("abcd-efgh-jk")).toEqual({ kind: "RECOVERY", code: "ABCDEFGHJK" });
    expect(parseSecondFactor("ABCDEFGHJK")).toEqual({ kind: "RECOVERY", code: "ABCDEFGHJK" });
  });

  it("refuses everything else", () => {
    for (const input of ["", "12345", "1234567", "12a456", "ABCD-EFGH-J", "ABCD-EFGH-JO", "ABCD-EFGH-JK1"]) {
      expect(parseSecondFactor(input), input).toEqual({ kind: "INVALID" });
    }
  });
});

describe("recovery codes", () => {
  it("maps bytes to the unambiguous alphabet, skipping biased bytes", () => {
    const bytes = Uint8Array.from([0, 1, 2, 255, 3, 4, 5, 6, 7, 8, 9, 29]);
    // 255 >= 240 (the largest multiple of 30 below 256) is skipped.
    expect(recoveryCodeFromBytes(bytes)).toBe("ABCDEFGHJK");
  });

  it("says when the bytes were not enough", () => {
    expect(recoveryCodeFromBytes(Uint8Array.from([250, 251, 1]))).toBeNull();
  });

  it("formats codes and secrets for people", () => {
    expect(formatRecoveryCode("ABCDEFGHJK")).toBe("ABCD-EFGH-JK");
    expect(formatSecretForTyping("JBSWY3DPEHPK3PXPJBSW")).toBe("JBSW Y3DP EHPK 3PXP JBSW");
    expect(parseSecondFactor(formatRecoveryCode("ZZZZ99992A"))).toEqual({ kind: "RECOVERY", code: "ZZZZ99992A" });
  });
});
