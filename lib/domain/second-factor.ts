// The second factor of staff accounts: what a typed code is (a 6-digit TOTP
// code from an authenticator app, or a single-use recovery code) and how
// recovery codes look. Pure: random bytes are passed in.

/** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L, U). */
const RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
export const RECOVERY_CODE_COUNT = 10;
/** 10 characters from 30 symbols: about 49 bits per code. */
const RECOVERY_CODE_LENGTH = 10;

export type SecondFactorInput =
  | { kind: "TOTP"; token: string }
  | { kind: "RECOVERY"; code: string }
  | { kind: "INVALID" };

/**
 * Reads what a user typed in the code field. Spaces and dashes are ignored
 * ("123 456", "ABCD-EFGH-JK"); recovery codes are case-insensitive.
 */
export function parseSecondFactor(input: string): SecondFactorInput {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  if (/^\d{6}$/.test(compact)) return { kind: "TOTP", token: compact };
  if (compact.length === RECOVERY_CODE_LENGTH && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: "RECOVERY", code: compact };
  }
  return { kind: "INVALID" };
}

/** One recovery code from random bytes (one byte per character, rejection-sampled so every symbol is equally likely). */
export function recoveryCodeFromBytes(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % RECOVERY_ALPHABET.length);
  let code = "";
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length];
    if (code.length === RECOVERY_CODE_LENGTH) return code;
  }
  return null;
}

/** "ABCDEFGHJK" → "ABCD-EFGH-JK", the way codes are shown and printed. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A TOTP secret shown for typing into an app: groups of four. */
export function formatSecretForTyping(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}
