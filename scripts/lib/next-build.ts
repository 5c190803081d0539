import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

/** What a production build depends on (besides node_modules). */
const SOURCES = ["app", "components", "lib", "prisma", "public", "types", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json"];
const SKIP = new Set(["node_modules", ".data"]);

/** The build folder; PORTAL_DIST_DIR lets the e2e server build beside a running portal (next.config.ts reads it too). */
export function distDir(): string {
  return process.env.PORTAL_DIST_DIR || ".next";
}

/** True when <distDir>/BUILD_ID is missing or any source file is newer than it. */
export function needsBuild(root = projectRoot): boolean {
  let builtAt: number;
  try {
    builtAt = fs.statSync(path.join(root, distDir(), "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newerThan(path.join(root, source), builtAt));
}

function newerThan(target: string, time: number): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return false;
  }
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  // A directory's mtime changes when entries are added, removed or renamed.
  if (stat.mtimeMs > time) return true;
  return fs
    .readdirSync(target, { withFileTypes: true })
    .some((entry) => !SKIP.has(entry.name) && !entry.name.startsWith(".next") && newerThan(path.join(target, entry.name), time));
}
