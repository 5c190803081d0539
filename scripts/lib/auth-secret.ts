import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

/**
 * next-auth needs a secret in production mode. A deployment sets
 * NEXTAUTH_SECRET; the demo gets a random one, kept in .data/ so that
 * sessions survive a restart.
 */
export function resolveAuthSecret(demo: boolean): string {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (!demo) throw new Error("NEXTAUTH_SECRET is not set (required outside demo mode; see .env.example)");
  const file = path.join(projectRoot, ".data", "demo-auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
