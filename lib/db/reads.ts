import "server-only";
// The search's many small reads (lib/search) without the query engine in between. Through Prisma
// every raw query costs a quarter to almost a millisecond in its query compiler, its plan and its
// row mapping before SQLite does anything; a search asks five to nine of them, and for most
// SQLite itself needs less. On SQLite they therefore run on a connection of their own, with each
// statement prepared once per process. PostgreSQL runs them through Prisma like any other query.
//
// Rows come as the database gives them: text, numbers (SQLite: integers as numbers, no booleans
// or dates), null. Callers read text and numbers only, so both databases look the same to them.
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import type { Prisma } from "../../generated/sqlite/client";
import { whenNotBusy } from "./lock-wait";
import { db, dbTarget } from ".";

type Reader = { file: string; sqlite: Database.Database; statements: LRUCache<string, Database.Statement> };

// Statements differ by the number of keys a search names, not by its values: a few hundred cover
// every shape; the least recently used ones are prepared again.
const STATEMENTS = 500;
// In WAL mode a reader waits for nobody; only while another connection recovers the log after a
// crash is it busy, and then it waits without stalling the thread (./lock-wait.ts).
const BUSY_PATIENCE_MS = 5_000;

// As much as SQLite allows (its build caps it); a smaller file maps only what it has.
const MMAP_BYTES = 64 * 1024 ** 3;

// Kept on globalThis like the Prisma client (./index.ts), keyed by the file.
const slot = globalThis as unknown as { wegweiserReader?: Reader };

function reader(file: string): Reader {
  const known = slot.wegweiserReader;
  if (known?.file === file) return known;
  known?.sqlite.close();
  // Nothing may write through it: every write goes through the one validated path and Prisma.
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  // The index is read through a memory map: a search touches thousands of index pages, each a
  // system call and a copy otherwise (p95 of the cold searches at 100,000 offers 17–20 ms against
  // 17–29 ms in-process). The pages are the operating system's file cache, shared, not this
  // process's memory; SQLite keeps the map in step with writes of other connections.
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  slot.wegweiserReader = { file, sqlite, statements: new LRUCache({ max: STATEMENTS }) };
  return slot.wegweiserReader;
}

/** A value as Prisma's SQLite adapter binds it, so that comparisons with stored values agree. */
function bound(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The rows of a read-only query, as objects by column name. */
export async function readRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  if (dbTarget.kind !== "sqlite") return db.$queryRaw<Row[]>(query);
  return run(query, false) as Promise<Row[]>;
}

/**
 * SQLite only: the rows of a read-only query as arrays of its columns, as SQLite gives them (a
 * real to the last bit). Many narrow rows cost least this way.
 */
export async function readTuples<Row extends unknown[]>(query: Prisma.Sql): Promise<Row[]> {
  return run(query, true) as Promise<Row[]>;
}

function run(query: Prisma.Sql, tuples: boolean): Promise<unknown[]> {
  if (dbTarget.kind !== "sqlite") throw new Error("reads on SQLite only");
  const { sqlite, statements } = reader(dbTarget.file);
  let statement = statements.get(query.sql);
  if (!statement) {
    statement = sqlite.prepare(query.sql);
    statements.set(query.sql, statement);
  }
  const values = query.values.map(bound);
  const prepared = statement;
  return whenNotBusy(() => prepared.raw(tuples).all(...values), BUSY_PATIENCE_MS);
}
