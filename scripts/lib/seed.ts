import { localBin, type ProcessGroup, run } from "./processes";

export interface SeedOptions {
  /** Seed only an empty database (`--if-empty`). */
  ifEmpty: boolean;
  /** PORTAL_DEMO for the seed: demo accounts when "1". */
  demo: string;
  register?: (group: ProcessGroup) => void;
}

/**
 * Runs prisma/seed.ts as a child process against `databaseUrl`. The
 * react-server condition lets it import modules marked `server-only`.
 */
export async function runSeed(databaseUrl: string, options: SeedOptions): Promise<void> {
  const args = ["--conditions=react-server", "prisma/seed.ts", ...(options.ifEmpty ? ["--if-empty"] : [])];
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORTAL_DEMO: options.demo };
  await run(localBin("tsx"), args, env, options.register);
}
