import fs from "node:fs/promises";
import path from "node:path";
import type { SchemaContainer, SchemaFilter } from "@prisma/schema-engine-wasm";
import { defaultMigrationsDir, defaultSchemaPath } from "../lib/paths";
import { listMigrations, writeMigration } from "./migrations-dir";
import { withSchemaEngine } from "./schema-engine";

/**
 * Migrations without the Prisma CLI's native engine: the same folder format
 * and `_prisma_migrations` table as `prisma migrate`, driven through the wasm
 * schema engine (see docs/decisions/0002-migrations-without-prisma-cli-engine.md).
 */

export interface MigrationPaths {
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

async function readSchema(schemaPath: string, content?: string): Promise<SchemaContainer> {
  return { path: schemaPath, content: content ?? (await fs.readFile(schemaPath, "utf8")) };
}

/** Applies pending migrations (`prisma migrate deploy`). Returns the names applied. */
export async function deployMigrations(
  databaseUrl: string,
  paths: MigrationPaths = {},
): Promise<string[]> {
  const migrationsList = await listMigrations(paths.migrationsDir ?? defaultMigrationsDir);
  return withSchemaEngine(databaseUrl, undefined, async ({ engine }) => {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
}

export interface CreateMigrationOptions extends MigrationPaths {
  /** Write the folder even when the schema has no changes (for hand-written SQL). */
  allowEmpty?: boolean;
  /** Apply the new migration (default true); false = `--create-only`. */
  apply?: boolean;
  log?: (message: string) => void;
}

export interface CreateMigrationResult {
  /** Folder name of the new migration; undefined when the schema had no changes. */
  migrationName: string | undefined;
  /** Migrations applied to the database, pending ones included. */
  applied: string[];
}

/**
 * `prisma migrate dev --name <name>`: applies pending migrations, diffs the
 * migration history (replayed on a shadow database) against schema.prisma,
 * writes prisma/migrations/<timestamp>_<name>/migration.sql and applies it.
 * Refuses, instead of resetting, when the database has drifted.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const schema = await readSchema(options.schemaPath ?? defaultSchemaPath);
  const log = options.log ?? ((message: string) => console.log(message));
  const slug = migrationSlug(name);

  return withSchemaEngine(databaseUrl, schema, async ({ engine }) => {
    let migrationsList = await listMigrations(migrationsDir);
    const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    if (action.tag === "reset") {
      throw new Error(
        `The database is out of step with prisma/migrations and would need a reset:\n${action.reason}\n` +
          "Run `npm run db:reset` (this deletes all data) and try again.",
      );
    }
    const applied = (await engine.applyMigrations({ migrationsList, filters: NO_FILTER }))
      .appliedMigrationNames;

    const files = { files: [schema] };
    const loss = await engine.evaluateDataLoss({ migrationsList, schema: files, filters: NO_FILTER });
    for (const warning of loss.warnings) log(`warning: ${warning.message}`);
    const apply = options.apply ?? true;
    if (apply && loss.unexecutableSteps.length > 0) {
      const reasons = loss.unexecutableSteps.map((step) => `- ${step.message}`).join("\n");
      throw new Error(
        `This migration cannot run on the current data:\n${reasons}\n` +
          "Use --create-only, edit the SQL, then run `npm run db:deploy`.",
      );
    }

    const created = await engine.createMigration({
      draft: options.allowEmpty ?? false,
      migrationName: slug,
      migrationsList,
      schema: files,
      filters: NO_FILTER,
    });
    if (created.migrationScript === null) return { migrationName: undefined, applied };

    const dir = await writeMigration(
      migrationsDir,
      created.generatedMigrationName,
      created.migrationScript,
      created.connectorType,
    );
    log(`created ${path.relative(process.cwd(), dir)}/migration.sql`);
    if (apply) {
      migrationsList = await listMigrations(migrationsDir);
      const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      applied.push(...result.appliedMigrationNames);
    }
    return { migrationName: created.generatedMigrationName, applied };
  });
}

export interface DiffOptions {
  schemaPath?: string;
  /** Diff against this schema text instead of the file's content. */
  schema?: string;
}

/**
 * The SQL that would bring the database to schema.prisma; "" when the
 * database already matches it (no drift).
 */
export async function diffDatabaseAgainstSchema(
  databaseUrl: string,
  options: DiffOptions = {},
): Promise<string> {
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const schema = await readSchema(schemaPath, options.schema);
  return withSchemaEngine(databaseUrl, schema, async ({ engine }) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true, // 0: no difference, 2: difference
      filters: NO_FILTER,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "").trim();
  });
}

/** The CLI's naming rule: snake_case, letters and digits only. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not a usable migration name`);
  return slug;
}
