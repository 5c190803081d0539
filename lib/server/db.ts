import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The Prisma client, built on first use from process.env.DATABASE_URL (so
 * tests and scripts can set the URL before anything touches the database).
 * Outside production the client is cached on globalThis, so Next's hot
 * reload does not open a new pool on every edit.
 */

interface DbCache {
  client: PrismaClient;
  url: string;
}

const globalCache = globalThis as { portalDb?: DbCache };
let moduleCache: DbCache | undefined;

export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const cached = process.env.NODE_ENV === "production" ? moduleCache : globalCache.portalDb;
  if (cached?.url === url) return cached.client;
  if (cached) void cached.client.$disconnect(); // DATABASE_URL changed (tests)

  const entry: DbCache = { url, client: new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) };
  if (process.env.NODE_ENV === "production") moduleCache = entry;
  else globalCache.portalDb = entry;
  return entry.client;
}

/** Closes the pool (tests, scripts). The next use of `db` reconnects. */
export async function disconnectDb(): Promise<void> {
  const entry = process.env.NODE_ENV === "production" ? moduleCache : globalCache.portalDb;
  moduleCache = undefined;
  globalCache.portalDb = undefined;
  await entry?.client.$disconnect();
}

/** `db.user.findMany(...)`: every property access resolves the client lazily. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
