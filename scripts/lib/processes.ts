import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./paths";

/** A binary from node_modules/.bin. */
export function localBin(name: string): string {
  return path.join(projectRoot, "node_modules", ".bin", name);
}

export interface ProcessGroup {
  child: ChildProcess;
  /** Resolves with the exit code (128 + n for a signal). */
  exited: Promise<number>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<number>;
}

/**
 * Runs a command as the leader of its own process group, output inherited.
 * Stopping the group also stops grandchildren (`next start` forks
 * next-server, which would otherwise keep the port).
 */
export function spawnGroup(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ProcessGroup {
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const exited = new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      resolve(code ?? 128 + (signal ? signalNumber(signal) : 0)),
    );
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  let stopping: Promise<number> | undefined;
  const stop = (graceMs = 10_000) => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
        signalGroup("SIGKILL"); // stragglers that ignored SIGTERM after the leader exited
      }
    })();
    return stopping;
  };
  return { child, exited, stop };
}

/** Runs a command to completion; rejects on a non-zero exit. */
export async function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  register?: (group: ProcessGroup) => void,
): Promise<void> {
  const group = spawnGroup(command, args, env);
  register?.(group);
  const code = await group.exited;
  if (code !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(" ")} exited with code ${code}`);
  }
}

function signalNumber(signal: NodeJS.Signals): number {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal as string] ?? 0;
}
