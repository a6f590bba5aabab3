// Creates the Prisma client for whichever database DATABASE_URL names. Both generated clients
// expose the same API; the PostgreSQL one is typed as the SQLite one so that lib/ is written once.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../../generated/pg/client";
import { resolveDatabase, type DatabaseTarget } from "./url";

export type Db = SqliteClient;
/** The client handed to a `$transaction` callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbKind = DatabaseTarget["kind"];

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.kind === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${target.file}` }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}
