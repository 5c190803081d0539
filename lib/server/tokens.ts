import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A random URL-safe token; only its SHA-256 is ever stored. */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
