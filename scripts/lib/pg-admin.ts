import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/**
 * Small helpers for server-level PostgreSQL chores (create, drop, clone
 * databases). Every helper opens one short-lived connection and closes it, so
 * no idle pool keeps node alive.
 */

/** Parsed pg config; never `{ connectionString }` (see STACK-NOTES: it overrides `database`). */
export function clientConfig(databaseUrl: string): pg.ClientConfig {
  return parseIntoClientConfig(databaseUrl);
}

export function databaseNameOf(databaseUrl: string): string {
  const name = clientConfig(databaseUrl).database;
  if (!name) throw new Error("DATABASE_URL names no database");
  return name;
}

/** The same server and credentials, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** The maintenance database used for CREATE/DROP DATABASE. */
export function adminUrl(databaseUrl: string): string {
  return withDatabase(databaseUrl, "postgres");
}

/** Redacts the password for log output. */
export function describeUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.toString();
}

/** True for a server on this machine: the only kind a reset may wipe without --force. */
export function isLocalServer(databaseUrl: string): boolean {
  return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(databaseUrl).hostname);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function withClient<T>(
  databaseUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(clientConfig(databaseUrl));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(databaseUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl(databaseUrl), async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
}

/** Creates `name` on the server of `databaseUrl`, optionally as a copy of `template`. */
export async function createDatabase(
  databaseUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const sql = template
    ? `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`
    : `CREATE DATABASE ${quoteIdent(name)}`;
  await withClient(adminUrl(databaseUrl), (client) => client.query(sql));
}

export async function createDatabaseIfMissing(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  if (await databaseExists(databaseUrl, name)) return false;
  await createDatabase(databaseUrl, name);
  return true;
}

/** Drops `name`, disconnecting its sessions (PostgreSQL 13+). */
export async function dropDatabase(databaseUrl: string, name: string): Promise<void> {
  await withClient(adminUrl(databaseUrl), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

/** Drops and recreates the database that `databaseUrl` points at. */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  await dropDatabase(databaseUrl, name);
  await createDatabase(databaseUrl, name);
}
