import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the project root (this file lives in scripts/lib/). */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export const defaultSchemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const defaultMigrationsDir = path.join(projectRoot, "prisma", "migrations");

/** Resolves a user-given path (flag or env) against the project root. */
export function fromProjectRoot(p: string): string {
  return path.resolve(projectRoot, p);
}
