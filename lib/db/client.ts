// Creates the Prisma client for whichever database DATABASE_URL names. Both generated clients
// expose the same API; the PostgreSQL one is typed as the SQLite one so that lib/ is written once.
import fs from "node:fs";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/pg/client";
import { PrismaBetterSQLite3WaitingAside } from "./lock-wait";
import { resolveDatabase, type DatabaseTarget } from "./url";

export type Db = SqliteClient;
/** The client handed to a `$transaction` callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbKind = DatabaseTarget["kind"];

/**
 * How long a connection waits for another connection's write lock. better-sqlite3 waits
 * synchronously (SQLite's busy_timeout): on a server's main thread that would stall every request
 * of the process, so there the wait is asynchronous (./lock-wait.ts) and short; a worker thread (an
 * import) may wait as long as an import may take, since it stalls nobody.
 */
export const SQLITE_BUSY_TIMEOUT_MS = isMainThread ? 5_000 : 120_000;

/**
 * WAL lets readers go on reading the last committed state while one connection writes; in the
 * default rollback journal a writer locks readers out for as long as it commits. The mode is stored
 * in the database file, so setting it once per process suffices for every later connection.
 */
export function enableWriteAheadLog(file: string): void {
  const sqlite = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    if (sqlite.pragma("journal_mode", { simple: true }) !== "wal") sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.kind === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    enableWriteAheadLog(target.file);
    const url = `file:${target.file}`;
    return new SqliteClient({
      adapter: isMainThread
        ? new PrismaBetterSQLite3WaitingAside({ url }, SQLITE_BUSY_TIMEOUT_MS)
        : new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}
