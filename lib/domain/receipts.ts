// Proof of submission (SPEC §10): the SHA-256 of a canonical form of the
// submitted content, so that anyone can recompute it from the stored content,
// and a human-readable receipt number.

import { createHash } from "node:crypto";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Canonical JSON: object keys sorted by code point, no whitespace, numbers
 * in JavaScript's shortest form. Undefined object members are left out;
 * non-finite numbers are refused (they have no JSON form).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("canonicalJson: a number must be finite");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort(compareCodePoints);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(",")}}`;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The hash a receipt shows: SHA-256 over the canonical JSON of the content. */
export function contentHash(content: JsonValue): string {
  return sha256Hex(canonicalJson(content));
}

export const RECEIPT_PREFIXES = {
  REACTION: "REA",
  QUESTION: "VRG",
  OPT_OUT: "OPZ",
  APPLICATION: "TOE",
  WRITTEN_PLAN: "PLN",
  SCORE: "BEO",
  CONSENSUS: "CON",
  CHOICE: "KZS",
  SIGNATURE: "OND",
} as const;

export type ReceiptKind = keyof typeof RECEIPT_PREFIXES;

/** "REA-2025-000042": kind, year of receipt (Europe/Amsterdam) and a sequence number. */
export function formatReceiptNumber(kind: ReceiptKind, localYear: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError("receipt sequence must be a positive integer");
  return `${RECEIPT_PREFIXES[kind]}-${localYear}-${String(sequence).padStart(6, "0")}`;
}
