import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../../scripts/db/migrate";
import { startEmbeddedDb } from "../../../scripts/lib/embedded-db";
import { createDatabase, describeUrl, withDatabase } from "../../../scripts/lib/pg-admin";
import { dropTestDatabases, templateName } from "./test-databases";

/**
 * Once per `vitest run`: a PostgreSQL server (DATABASE_URL, e.g. CI's
 * PostgreSQL 15, or an embedded one with data in .data/test-pg or $TEST_PG_DATA_DIR), and a
 * template database with every migration deployed. Workers clone the
 * template (see per-file.ts).
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A database on the test server; its name is the base of all test database names. */
    integrationServerUrl: string;
    /** The migrated template database. */
    integrationTemplateUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (message: string) => console.log(`[integration] ${message}`);
  const external = process.env.DATABASE_URL;
  const embedded = external
    ? undefined
    : await startEmbeddedDb({ dataDir: process.env.TEST_PG_DATA_DIR ?? ".data/test-pg", database: "portal_test", fast: true, log });
  const serverUrl = external ?? embedded!.databaseUrl;
  if (external) log(`using DATABASE_URL ${describeUrl(external)}`);

  const started = performance.now();
  await dropTestDatabases(serverUrl);
  const template = templateName(serverUrl);
  await createDatabase(serverUrl, template);
  const templateUrl = withDatabase(serverUrl, template);
  const applied = await deployMigrations(templateUrl);
  log(`template ${template}: ${applied.length} migrations in ${Math.round(performance.now() - started)} ms`);

  project.provide("integrationServerUrl", serverUrl);
  project.provide("integrationTemplateUrl", templateUrl);

  return async () => {
    // Embedded: leave the databases for inspection; the next run drops them.
    if (embedded) await embedded.stop();
    else await dropTestDatabases(serverUrl);
  };
}
