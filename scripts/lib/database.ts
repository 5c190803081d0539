import { startEmbeddedDb } from "./embedded-db";
import { describeUrl } from "./pg-admin";

export const DEFAULT_DATA_DIR = ".data/pg";
export const APP_DATABASE = "portal";

export interface OpenDatabase {
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set (an external server; never start the embedded one),
 * otherwise the embedded server with its data in `dataDir`.
 */
export async function openDatabase(dataDir = DEFAULT_DATA_DIR): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    console.log(`[db] using DATABASE_URL ${describeUrl(external)}`);
    return { databaseUrl: external, embedded: false, stop: async () => undefined };
  }
  const db = await startEmbeddedDb({ dataDir, database: APP_DATABASE });
  return { databaseUrl: db.databaseUrl, embedded: true, stop: db.stop };
}
