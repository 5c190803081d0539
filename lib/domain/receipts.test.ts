import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, formatReceiptNumber, sha256Hex, type JsonValue } from "./receipts";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("gives the same text for the same content in any key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(record);
      }),
    );
  });

  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ a: Number.NaN } as unknown as JsonValue)).toThrow(RangeError);
  });
});

describe("hashes", () => {
  it("computes SHA-256 as lowercase hex", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes content independent of key order, and differently for different content", () => {
    expect(contentHash({ text: "Reactie", section: "3.1" })).toBe(contentHash({ section: "3.1", text: "Reactie" }));
    expect(contentHash({ text: "Reactie" })).not.toBe(contentHash({ text: "Reactie " }));
  });
});

describe("formatReceiptNumber", () => {
  it("formats kind, year and a zero-padded sequence", () => {
    expect(formatReceiptNumber("REACTION", 2025, 42)).toBe("REA-2025-000042");
    expect(formatReceiptNumber("SIGNATURE", 2026, 1234567)).toBe("OND-2026-1234567");
  });

  it("refuses a sequence below 1", () => {
    expect(() => formatReceiptNumber("QUESTION", 2025, 0)).toThrow(RangeError);
  });
});
