import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// Files on disk, addressed by an opaque key. The interface (put/get by key)
// is what an object-storage backend would implement later. The folder is
// PORTAL_UPLOAD_DIR, by default .data/uploads in the project.

function root(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PORTAL_UPLOAD_DIR ?? ".data/uploads");
}

function pathFor(key: string): string {
  if (!/^\d{4}\/[0-9a-f-]{36}$/.test(key)) throw new Error("invalid storage key");
  return path.join(root(), key);
}

export interface StoredFile {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/** Writes the bytes under a new key (atomically: temp file, then rename). */
export async function putFile(bytes: Uint8Array, now: Date): Promise<StoredFile> {
  const storageKey = `${now.getUTCFullYear()}/${randomUUID()}`;
  const target = pathFor(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.part`;
  await writeFile(temp, bytes, { flag: "wx" });
  await rename(temp, target);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex"), sizeBytes: bytes.length };
}

export async function getFile(storageKey: string): Promise<Buffer> {
  return readFile(pathFor(storageKey));
}
