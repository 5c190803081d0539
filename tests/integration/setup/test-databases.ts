import { databaseNameOf, withClient, withDatabase } from "../../../scripts/lib/pg-admin";

/**
 * Naming of the integration-test databases on one server. With base name
 * `portal_test`: the template `portal_test_template`, one clone per Vitest
 * worker `portal_test_w<pool id>`, and throw-away `portal_test_tmp_*`.
 */

export function templateName(serverUrl: string): string {
  return `${databaseNameOf(serverUrl)}_template`;
}

export function workerDatabaseUrl(templateUrl: string, poolId: string): string {
  const base = databaseNameOf(templateUrl).replace(/_template$/, "");
  return withDatabase(templateUrl, `${base}_w${poolId}`);
}

export function scratchDatabaseName(serverUrl: string, label: string): string {
  return `${databaseNameOf(serverUrl)}_tmp_${label}_${process.pid}`;
}

/** Drops the template, worker and scratch databases of earlier runs. */
export async function dropTestDatabases(serverUrl: string): Promise<void> {
  const base = databaseNameOf(serverUrl);
  const maintenance = withDatabase(serverUrl, "postgres");
  await withClient(maintenance, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database
        WHERE datname = $1 OR starts_with(datname, $2) OR starts_with(datname, $3)`,
      [`${base}_template`, `${base}_w`, `${base}_tmp_`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname.replaceAll('"', '""')}" WITH (FORCE)`);
    }
  });
}
