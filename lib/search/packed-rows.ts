import "server-only";
// Many narrow rows (postings, places, ids) at the least cost each database allows. Prisma turns
// every row of a raw result into an object value by value, which costs about 6 µs a row: 20 ms for
// the few thousand postings a word search reads at 100,000 offers, several times the read itself.
// - SQLite: the search's own connection (lib/db/reads.ts) gives the rows as arrays, natively.
// - PostgreSQL: the rows packed into one JSON text by the database and parsed at once (about a
//   millisecond for the same rows); it writes the shortest text that reads back the same number.
import { Prisma } from "../../generated/sqlite/client";
import { dbKind } from "../db";
import { readRows, readTuples } from "../db/reads";

/** Columns to read, in this order: text, or a real number (read exactly, to the last bit). */
export type PackedColumns = Record<string, "text" | "real">;

/** The rows of `query` as arrays of `columns`. The order of the rows is not kept. */
export async function packedRows<Row extends Array<string | number>>(
  columns: PackedColumns,
  query: Prisma.Sql,
): Promise<Row[]> {
  const entries = Object.entries(columns);
  const values = Prisma.raw(entries.map(([column]) => `t."${column}"`).join(", "));
  if (dbKind === "sqlite") return readTuples<Row>(Prisma.sql`SELECT ${values} FROM (${query}) t`);
  const [row] = await readRows<{ rows: string }>(
    Prisma.sql`SELECT COALESCE(json_agg(json_build_array(${values})), '[]')::text AS "rows" FROM (${query}) t`,
  );
  const rows = JSON.parse(row?.rows ?? "[]") as Row[];
  const reals = entries.flatMap(([, type], i) => (type === "real" ? [i] : []));
  for (const r of rows) for (const i of reals) r[i] = Number(r[i]);
  return rows;
}
