import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { MigrationAdapterFactory } from "./migration-adapter";

/**
 * Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, the
 * engine behind `prisma migrate`) and runs it through our driver adapter, so
 * migrations work without the native engine binary that the Prisma CLI tries
 * to download. The package's API is internal to Prisma: its version is pinned
 * and tests/integration/migrations.int.test.ts guards it.
 */

type SchemaEngineClass = typeof SchemaEngine;

// On a Rust panic the glue code reports the message to this global registry
// (the Prisma CLI installs one too); without it the panic becomes a TypeError.
interface PanicRegistry {
  message: string | undefined;
  set_message(message: string): void;
}
const panics: PanicRegistry = {
  message: undefined,
  set_message(message) {
    this.message = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panics;

// wasm-bindgen keeps one module instance per process; a second instantiation
// breaks the first. Vitest re-evaluates modules per test file, so the cache
// lives on globalThis rather than in a module variable.
const cacheKey = Symbol.for("portal.schemaEngineWasm");
type EngineCache = { [cacheKey]?: Promise<SchemaEngineClass> };

function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  const cache = globalThis as EngineCache;
  cache[cacheKey] ??= (async () => {
    // The package's entry imports the .wasm file as an ES module, which node
    // cannot do; instantiate it by hand the way the bundler glue would.
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const glueImports: Record<string, unknown> = { ...glue };
    for (const key of Object.keys(glueImports)) {
      if (key.startsWith("__wbg_setTimeout_")) glueImports[key] = trackedSetTimeout;
    }
    const imports = { "./schema_engine_bg.js": glueImports } as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return cache[cacheKey];
}

// The engine arms timers (up to 60 s) that it never clears; they would keep
// node alive after the work is done. We track them and clear the leftovers
// when the last engine session ends.
const pendingTimers = new Set<NodeJS.Timeout>();
let activeSessions = 0;

function trackedSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingTimers.delete(timer);
    callback();
  }, ms >>> 0);
  pendingTimers.add(timer);
  return timer;
}

export interface EngineSession {
  engine: SchemaEngine;
  adapter: MigrationAdapterFactory;
}

/**
 * Runs `fn` with a fresh engine connected to `databaseUrl`, then frees the
 * engine, ends all pools and drops leftover shadow databases.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: { path: string; content: string } | undefined,
  fn: (session: EngineSession) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngineClass();
  const adapter = new MigrationAdapterFactory(databaseUrl);
  const debug = process.env.DEBUG_SCHEMA_ENGINE
    ? (message: string) => console.error(`[schema-engine] ${message}`)
    : () => undefined;
  let engine: SchemaEngine | undefined;
  activeSessions++;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: schema ? [[schema.path, schema.content]] : undefined },
      debug,
      bindMigrationAwareSqlAdapterFactory(adapter),
    );
    return await fn({ engine, adapter });
  } catch (error) {
    throw toReadableError(error);
  } finally {
    engine?.free();
    await adapter.close();
    if (--activeSessions === 0) {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
    }
  }
}

/** Engine errors are plain objects or Errors carrying `message` and sometimes `code`. */
function toReadableError(error: unknown): Error {
  const registry = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry })
    .PRISMA_WASM_PANIC_REGISTRY;
  if (registry?.message) {
    const message = registry.message;
    registry.message = undefined;
    return new Error(`Schema engine panicked: ${message}`, { cause: error });
  }
  if (error instanceof Error && !("code" in error)) return error;
  const record = (typeof error === "object" && error !== null ? error : {}) as {
    message?: unknown;
    code?: unknown;
  };
  const message = typeof record.message === "string" ? record.message : String(error);
  const code = typeof record.code === "string" ? `${record.code}: ` : "";
  return new Error(`Schema engine: ${code}${message}`, { cause: error });
}
