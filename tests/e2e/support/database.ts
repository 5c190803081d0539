import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// The e2e server's embedded database (scripts/lib/embedded-db.ts: fixed local
// credentials, database "portal"), for journeys that set up state belonging to
// another issue's journey.

const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e-pg";

export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(fs.readFileSync(path.join(DATA_DIR, "port"), "utf8").trim());
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "portal" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
