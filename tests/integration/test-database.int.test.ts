import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db";
import { databaseNameOf } from "../../scripts/lib/pg-admin";
import { resetDatabase } from "./setup/reset";

// The per-worker database and resetDatabase() that every integration test relies on.

beforeAll(async () => {
  await db.$executeRawUnsafe("CREATE TABLE zz_reset_probe (id SERIAL PRIMARY KEY, note TEXT)");
});

afterAll(async () => {
  await db.$executeRawUnsafe("DROP TABLE IF EXISTS zz_reset_probe");
});

describe("integration test database", () => {
  it("is this worker's clone of the migrated template", async () => {
    const template = databaseNameOf(inject("integrationTemplateUrl"));
    const name = databaseNameOf(process.env.DATABASE_URL ?? "");
    expect(name).toBe(`${template.replace(/_template$/, "")}_w${process.env.VITEST_POOL_ID}`);
    const [row] = await db.$queryRaw<Array<{ current: string; migrations: bigint }>>`
      SELECT current_database() AS current, (SELECT count(*) FROM _prisma_migrations) AS migrations`;
    expect(row?.current).toBe(name);
    expect(row?.migrations).toBeGreaterThan(0n);
  });

  it("resetDatabase() empties tables, restarts ids and keeps _prisma_migrations", async () => {
    await db.$executeRawUnsafe("INSERT INTO zz_reset_probe (note) VALUES ('a'), ('b')");
    await resetDatabase();
    const [empty] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM zz_reset_probe`;
    expect(empty?.n).toBe(0n);

    await db.$executeRawUnsafe("INSERT INTO zz_reset_probe (note) VALUES ('c')");
    const [first] = await db.$queryRaw<Array<{ id: number }>>`SELECT id FROM zz_reset_probe`;
    expect(first?.id).toBe(1);

    const [kept] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(kept?.n).toBeGreaterThan(0n);
  });
});
