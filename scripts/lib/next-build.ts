import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

/** What a production build depends on (besides node_modules). */
const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.ts", "package.json"];
const SKIP = new Set(["node_modules", ".next", ".data"]);

/** True when .next/BUILD_ID is missing or any source file is newer than it. */
export function needsBuild(root = projectRoot): boolean {
  let builtAt: number;
  try {
    builtAt = fs.statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
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
    .some((entry) => !SKIP.has(entry.name) && newerThan(path.join(target, entry.name), time));
}
