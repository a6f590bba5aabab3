import "server-only";
import { createDb, type Db, type DbKind } from "./client";
import { resolveDatabase } from "./url";

// One client per server process. Next's dev server re-evaluates modules, so the client is kept on
// globalThis, keyed by its URL so that a changed DATABASE_URL never reuses the old connection.
const target = resolveDatabase();
const key = target.kind === "sqlite" ? target.file : target.url;
const globalForDb = globalThis as unknown as { wegweiserDb?: { key: string; db: Db } };

if (globalForDb.wegweiserDb?.key !== key) globalForDb.wegweiserDb = { key, db: createDb(target) };

export const db: Db = globalForDb.wegweiserDb.db;
export const dbKind: DbKind = target.kind;
/** Which database this process uses (for ./reads.ts, which opens its own SQLite connection). */
export const dbTarget = target;
export type { Db };
