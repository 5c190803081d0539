import { parseArgs } from "node:util";
import { deployMigrations } from "./db/migrate";
import { DEFAULT_DATA_DIR, type OpenDatabase, openDatabase } from "./lib/database";
import { resolveAuthSecret } from "./lib/auth-secret";
import { needsBuild } from "./lib/next-build";
import { isLocalServer, recreateDatabase } from "./lib/pg-admin";
import { isPortFree } from "./lib/ports";
import { localBin, type ProcessGroup, run, spawnGroup } from "./lib/processes";
import { runSeed } from "./lib/seed";

/**
 * `npm start` / `npm run dev`: database, migrations, seed, then Next.js.
 *   --dev            next dev instead of build + next start
 *   --port <n>       web port (default $PORT or 3000)
 *   --data-dir <d>   embedded database directory (default .data/pg)
 *   --reset          fresh database with demo data (e2e; local servers only)
 *   --no-build       never run next build
 * With DATABASE_URL set, that server is used and no embedded one starts.
 */

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string" },
    "data-dir": { type: "string", default: DEFAULT_DATA_DIR },
    reset: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

const port = flags.port ?? process.env.PORT ?? "3000";
// The README's start command is the demo; PORTAL_DEMO=0 turns it off.
const demo = process.env.PORTAL_DEMO === "0" ? "0" : "1";

let database: OpenDatabase | undefined;
let child: ProcessGroup | undefined; // the one child running now (seed, build or Next)
let shuttingDown = false;

async function shutdown(exitCode: number): Promise<never> {
  shuttingDown = true;
  await child?.stop();
  await database?.stop();
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return; // tsx and the terminal may both deliver Ctrl-C
    console.log(`\n[start] ${signal}: stopping`);
    void shutdown(signal === "SIGINT" ? 130 : 143);
  });
}

async function main(): Promise<void> {
  if (!(await isPortFree(Number(port)))) {
    throw new Error(`port ${port} is in use (a web server left over from an earlier run?); try --port`);
  }
  database = await openDatabase(flags["data-dir"]);
  const { databaseUrl } = database;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORTAL_DEMO: demo,
    PORT: port,
    NEXTAUTH_SECRET: resolveAuthSecret(demo === "1"),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const register = (group: ProcessGroup) => (child = group);

  if (flags.reset) {
    if (!isLocalServer(databaseUrl)) throw new Error("--reset only wipes a database on this machine");
    console.log("[start] --reset: recreating the database");
    await recreateDatabase(databaseUrl);
  }
  let phase = performance.now();
  const applied = await deployMigrations(databaseUrl);
  console.log(`[start] migrations: ${applied.length ? applied.join(", ") : "up to date"} (${elapsed(phase)})`);
  phase = performance.now();
  await runSeed(databaseUrl, { ifEmpty: !flags.reset, demo, register });
  console.log(`[start] seed checked (${elapsed(phase)})`);

  if (!flags.dev && !flags["no-build"] && needsBuild()) {
    console.log("[start] sources changed since the last build: next build");
    await run(localBin("next"), ["build"], env, register);
  }
  if (shuttingDown) return;
  child = spawnGroup(localBin("next"), [flags.dev ? "dev" : "start", "--port", port], env);
  const code = await child.exited;
  if (!shuttingDown) await shutdown(code);
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  console.error("[start] failed:", error instanceof Error ? error.message : error);
  await shutdown(1);
});
