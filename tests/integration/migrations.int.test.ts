import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

describe("20261123193539_score_item_score_nullable", () => {
  const migration = "20261123193539_score_item_score_nullable";
  const dataName = scratchDatabaseName(serverUrl, "score_null");
  const dataUrl = withDatabase(serverUrl, dataName);

  afterAll(async () => {
    await dropDatabase(serverUrl, dataName);
  });

  it("turns the 0 that meant 'not chosen yet' into NULL and keeps the real scores", async () => {
    await dropDatabase(serverUrl, dataName);
    await createDatabase(serverUrl, dataName);
    // The history up to just before the migration, in a folder of its own.
    const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-before-"));
    fs.copyFileSync(path.join(defaultMigrationsDir, "migration_lock.toml"), path.join(earlier, "migration_lock.toml"));
    for (const folder of (await migrationNames(defaultMigrationsDir)).filter((name) => name < migration)) {
      fs.cpSync(path.join(defaultMigrationsDir, folder), path.join(earlier, folder), { recursive: true });
    }
    await deployMigrations(dataUrl, { migrationsDir: earlier });
    fs.rmSync(earlier, { recursive: true, force: true });

    // Draft items as the old code wrote them (foreign keys off: only the items matter here).
    await withClient(dataUrl, async (client) => {
      await client.query("SET session_replication_role = replica");
      await client.query(
        `INSERT INTO "ScoreItem" ("id", "sheetId", "topicId", "score", "explanation")
         VALUES ('not-chosen', 'sheet', 'topic-1', 0, 'Toelichting zonder score'), ('chosen', 'sheet', 'topic-2', 2, 'Voldoende')`,
      );
    });
    expect(await deployMigrations(dataUrl)).toContain(migration);

    const { rows } = await withClient(dataUrl, (client) =>
      client.query<{ id: string; score: number | null }>('SELECT "id", "score" FROM "ScoreItem" ORDER BY "id"'),
    );
    expect(rows).toEqual([{ id: "chosen", score: 2 }, { id: "not-chosen", score: null }]);
  });
});
