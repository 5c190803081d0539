import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Low-level process chores for a PostgreSQL server we run ourselves:
 * the postmaster.pid lock file, spawning and stopping.
 */

export interface PosixIds {
  uid: number;
  gid: number;
}

/** The `postgres` OS user when we run as root (PostgreSQL refuses to run as root). */
export function postgresUserIds(): PosixIds | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** True while `pid` exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true; // no procfs: trust kill(0)
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** The pid recorded in `postmaster.pid`, if that process still runs on `clusterDir`. */
export function runningPostmasterPid(clusterDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(`${clusterDir}/postmaster.pid`, "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return args.includes(clusterDir) ? pid : undefined; // pid reused by something else
  } catch {
    return pid;
  }
}

/**
 * Fast shutdown (SIGINT: roll back sessions, checkpoint, exit), escalating to
 * immediate shutdown (SIGQUIT) and finally SIGKILL if the server hangs.
 */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ["SIGINT", timeoutMs],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ];
  for (const [signal, wait] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

export interface SpawnPostgresOptions {
  binary: string;
  clusterDir: string;
  port: number;
  settings: Record<string, string>;
  logFile: string;
  user: PosixIds | undefined;
}

/**
 * Starts `postgres` in its own process group (detached), so a Ctrl-C in the
 * terminal reaches only our node process, which then stops the web server
 * first and the database last. Output goes to `logFile`.
 */
export function spawnPostgres(options: SpawnPostgresOptions): ChildProcess {
  const settings = Object.entries(options.settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]);
  const logFd = fs.openSync(options.logFile, "a");
  try {
    const child = spawn(
      options.binary,
      ["-D", options.clusterDir, "-p", String(options.port), ...settings],
      {
        detached: true,
        stdio: ["ignore", logFd, logFd],
        env: { ...process.env, LC_MESSAGES: "C" },
        ...(options.user ?? {}),
      },
    );
    child.unref();
    return child;
  } finally {
    fs.closeSync(logFd);
  }
}

/** Resolves with the exit of `child`; immediately if it already exited. */
export function childExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The last lines of a log file, for error messages. */
export function logTail(logFile: string, lines = 15): string {
  try {
    return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
