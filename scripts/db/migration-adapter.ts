import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlResultSet,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { clientConfig, createDatabase, dropDatabase } from "../lib/pg-admin";

/**
 * The driver adapter the wasm schema engine talks through: @prisma/adapter-pg
 * with three repairs for migration work (see docs/decisions/0002):
 *
 * 1. Pools get a parsed config, never `{ connectionString }`: adapter-pg
 *    builds the shadow config as `{ ...config, database }`, and a
 *    connectionString would silently win over `database`.
 * 2. Catalog columns of PostgreSQL's internal one-byte type "char" (oid 18,
 *    e.g. pg_constraint.contype) reach the engine as its Character type:
 *    adapter-pg rejects oid 18, and the engine panics when given Text.
 * 3. A migration script is sent as one simple-protocol query, as the native
 *    engine does. adapter-pg splits scripts on every ";", which breaks SQL
 *    with semicolons inside strings, comments or function bodies.
 *
 * It also creates and drops its own shadow databases (DROP … WITH (FORCE)),
 * and close() ends every pool so node can exit.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pools = new Set<pg.Pool>();
  private readonly shadowDatabases = new Set<string>();

  constructor(private readonly databaseUrl: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.adapterFor(clientConfig(this.databaseUrl));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await createDatabase(this.databaseUrl, name);
    this.shadowDatabases.add(name);
    return this.adapterFor({ ...clientConfig(this.databaseUrl), database: name }, () =>
      this.dropShadow(name),
    );
  }

  /** Ends all pools and drops shadow databases the engine did not dispose of. */
  async close(): Promise<void> {
    await Promise.all([...this.pools].map((pool) => pool.end().catch(() => undefined)));
    this.pools.clear();
    for (const name of this.shadowDatabases) {
      await this.dropShadow(name).catch((error: unknown) =>
        console.warn(`[db] could not drop shadow database ${name}: ${String(error)}`),
      );
    }
  }

  private async dropShadow(name: string): Promise<void> {
    this.shadowDatabases.delete(name);
    await dropDatabase(this.databaseUrl, name);
  }

  private async adapterFor(
    config: pg.PoolConfig,
    afterDispose?: () => Promise<void>,
  ): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ ...config, max: 4, idleTimeoutMillis: 1_000 });
    pool.on("connect", markCharColumns);
    pool.on("error", () => undefined); // an idle client lost: the next query reports it
    this.pools.add(pool);
    const inner = await new PrismaPg(pool).connect();
    const adapter: SqlDriverAdapter = {
      provider: inner.provider,
      adapterName: inner.adapterName,
      queryRaw: async (query) => restoreCharColumns(await inner.queryRaw(query)),
      executeRaw: (query) => inner.executeRaw(query),
      startTransaction: async (isolationLevel) => {
        const transaction = await inner.startTransaction(isolationLevel);
        const queryRaw = transaction.queryRaw.bind(transaction);
        transaction.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
        return transaction;
      },
      executeScript: (script) => executeScript(pool, script),
      dispose: async () => {
        await inner.dispose();
        this.pools.delete(pool);
        await pool.end();
        await afterDispose?.();
      },
    };
    const connectionInfo = inner.getConnectionInfo?.bind(inner);
    if (connectionInfo) adapter.getConnectionInfo = connectionInfo;
    return adapter;
  }
}

const CHAR_OID = 18;
const TEXT_OID = 25;
// PostgreSQL identifiers cannot contain NUL, so this suffix never clashes.
const CHAR_MARK = "\u0000char";

interface RowDescription {
  fields: pg.FieldDef[];
}

/**
 * adapter-pg derives column types from the row description and passes only
 * names, types and rows on. Before it sees a "char" column, we relabel it as
 * text and mark its name; restoreCharColumns() turns it into Character.
 */
function markCharColumns(client: pg.PoolClient): void {
  client.connection.prependListener("rowDescription", (message: RowDescription) => {
    for (const field of message.fields) {
      if (field.dataTypeID !== CHAR_OID) continue;
      field.dataTypeID = TEXT_OID;
      field.name += CHAR_MARK;
    }
  });
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, i) => {
    if (!name.endsWith(CHAR_MARK)) return;
    result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
    result.columnTypes[i] = ColumnTypeEnum.Character;
  });
  return result;
}

async function executeScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script); // no parameters: simple protocol, many statements, one implicit transaction
  } catch (error) {
    const e = error as pg.DatabaseError;
    if (typeof e.code !== "string" || typeof e.severity !== "string") throw error;
    throw new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity,
      message: e.message,
      detail: e.detail,
      column: e.column,
      hint: e.hint,
    });
  }
}
