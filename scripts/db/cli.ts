import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR, openDatabase } from "../lib/database";
import { describeUrl, isLocalServer, recreateDatabase } from "../lib/pg-admin";
import { runSeed } from "../lib/seed";
import { createMigration, deployMigrations } from "./migrate";

/**
 * Database commands (DATABASE_URL, or the embedded server in .data/pg):
 *   npm run db:migrate -- --name add_x [--create-only] [--empty]
 *   npm run db:deploy
 *   npm run db:reset [-- --force]   drop + recreate, deploy, seed demo data
 */

const USAGE = "usage: tsx scripts/db/cli.ts migrate --name <name> [--create-only] [--empty] | deploy | reset [--force]";

const { positionals, values: flags } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    "create-only": { type: "boolean", default: false },
    empty: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    "data-dir": { type: "string", default: DEFAULT_DATA_DIR },
  },
});

async function main(): Promise<void> {
  const command = positionals[0];
  if (!command || !["migrate", "deploy", "reset"].includes(command)) throw new Error(USAGE);
  if (command === "migrate" && !flags.name) throw new Error("db:migrate needs --name <name>");
  if (command === "reset") assertResettable();

  const database = await openDatabase(flags["data-dir"]);
  const stopOnSignal = () => void database.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal).once("SIGTERM", stopOnSignal);
  try {
    const url = database.databaseUrl;
    if (command === "migrate") {
      const result = await createMigration(url, flags.name ?? "", {
        apply: !flags["create-only"],
        allowEmpty: flags.empty,
      });
      if (!result.migrationName) console.log("[db] schema.prisma matches the migrations: nothing to create");
      report(result.applied);
    } else if (command === "deploy") {
      report(await deployMigrations(url));
    } else {
      console.log(`[db] recreating ${describeUrl(url)}`);
      await recreateDatabase(url);
      report(await deployMigrations(url));
      await runSeed(url, { ifEmpty: false, demo: process.env.PORTAL_DEMO === "0" ? "0" : "1" });
    }
  } finally {
    await database.stop();
  }
}

function report(applied: string[]): void {
  console.log(applied.length ? `[db] applied ${applied.join(", ")}` : "[db] no pending migrations");
}

/** A reset destroys data: only local servers, unless --force. */
function assertResettable(): void {
  const external = process.env.DATABASE_URL;
  if (!external || flags.force || isLocalServer(external)) return;
  throw new Error(`refusing to reset a database on ${new URL(external).hostname}; pass --force if you mean it`);
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
