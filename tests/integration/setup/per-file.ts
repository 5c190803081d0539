import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/server/db";
import { createDatabase, databaseExists, databaseNameOf } from "../../../scripts/lib/pg-admin";
import { workerDatabaseUrl } from "./test-databases";

/**
 * Before each test file: point DATABASE_URL (read lazily by lib/server/db.ts)
 * at this worker's own database, cloned from the migrated template on the
 * worker's first file. Tests call resetDatabase() (reset.ts) in beforeEach.
 */

const templateUrl = inject("integrationTemplateUrl");
const databaseUrl = workerDatabaseUrl(templateUrl, process.env.VITEST_POOL_ID ?? "0");
const name = databaseNameOf(databaseUrl);

if (!(await databaseExists(databaseUrl, name))) {
  await createDatabase(databaseUrl, name, databaseNameOf(templateUrl));
}
process.env.DATABASE_URL = databaseUrl;

afterAll(async () => {
  await disconnectDb();
});
