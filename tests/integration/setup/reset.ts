import { db } from "@/lib/server/db";

/**
 * Empties every table of the test database except `_prisma_migrations`, and
 * restarts sequences. Call it in beforeEach.
 */
let truncate: string | undefined;

export async function resetDatabase(): Promise<void> {
  truncate ??= await truncateStatement();
  if (truncate) await db.$executeRawUnsafe(truncate);
}

async function truncateStatement(): Promise<string> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT format('%I.%I', schemaname, tablename) AS name
      FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
     ORDER BY 1`;
  if (tables.length === 0) return "";
  return `TRUNCATE TABLE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`;
}
