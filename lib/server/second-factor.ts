import "server-only";
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { RECOVERY_CODE_COUNT, recoveryCodeFromBytes } from "@/lib/domain/second-factor";
import { hashToken } from "./tokens";

// TOTP (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app uses)
// through otplib, and single-use recovery codes. docs/decisions/0011.

export const TOTP_ISSUER = "Inkoopportaal Jeugdhulp op School";
/** One step either way: a phone clock up to 30 s off still works. */
const EPOCH_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret(); // 20 random bytes, Base32
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The otpauth URI as an SVG QR code, for scanning from the screen. */
export async function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}

/**
 * The time step a code belongs to, or null when the code is wrong or its step
 * is not after `lastTimeStep` (a code is never accepted twice).
 */
export async function acceptedTimeStep(
  secret: string,
  token: string,
  lastTimeStep: number | null,
  realNow: Date,
): Promise<number | null> {
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(realNow.getTime() / 1000),
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Fresh recovery codes (plain, to show once) with the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes: string[] = [];
  while (codes.length < RECOVERY_CODE_COUNT) {
    const code = recoveryCodeFromBytes(randomBytes(32));
    if (code && !codes.includes(code)) codes.push(code);
  }
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Recovery codes carry ~49 bits and are single use: a plain SHA-256 suffices. */
export function hashRecoveryCode(normalisedCode: string): string {
  return hashToken(`recovery:${normalisedCode}`);
}
