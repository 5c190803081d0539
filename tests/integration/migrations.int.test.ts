import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deployMigrations, diffDatabaseAgainstSchema } from "../../scripts/db/migrate";
import { migrationNames } from "../../scripts/db/migrations-dir";
import { defaultMigrationsDir, defaultSchemaPath } from "../../scripts/lib/paths";
import { createDatabase, dropDatabase, withClient, withDatabase } from "../../scripts/lib/pg-admin";
import { scratchDatabaseName } from "./setup/test-databases";

// Guards the migration tooling (scripts/db, built on the internal API of
// @prisma/schema-engine-wasm) and the migration history itself.

const serverUrl = inject("integrationServerUrl");
const name = scratchDatabaseName(serverUrl, "migrations");
const url = withDatabase(serverUrl, name);

beforeAll(async () => {
  await dropDatabase(serverUrl, name);
  await createDatabase(serverUrl, name);
});

afterAll(async () => {
  await dropDatabase(serverUrl, name);
});

describe("prisma/migrations", () => {
  it("deploys every migration onto a brand-new database, in order", async () => {
    const folders = await migrationNames(defaultMigrationsDir);
    expect(folders.length).toBeGreaterThan(0);

    expect(await deployMigrations(url)).toEqual(folders);

    const { rows } = await withClient(url, (client) =>
      client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
      ),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    expect(await deployMigrations(url)).toEqual([]);
  });

  it("leaves no drift between the migrated database and schema.prisma", async () => {
    expect(await diffDatabaseAgainstSchema(url)).toBe("");
  });

  it("detects drift when schema.prisma differs from the migrations", async () => {
    const changed = `${fs.readFileSync(defaultSchemaPath, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    const sql = await diffDatabaseAgainstSchema(url, { schema: changed });
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});
