import "server-only";
// Many narrow rows from the database as one value. Prisma turns every row of a raw result into an
// object value by value, which costs about 6 µs a row: 20 ms for the few thousand postings a word
// search reads at 100,000 offers, several times the read itself. Packed into one JSON text by the
// database and parsed at once, the same rows cost about a millisecond.
import { Prisma } from "../../generated/sqlite/client";
import { db, dbKind } from "../db";

/** Columns to read, in this order: text, or a real number (read exactly, to the last bit). */
export type PackedColumns = Record<string, "text" | "real">;

// SQLite writes a real into JSON with 15 significant digits, which loses the last bits of a
// coordinate: 17 in text make every double come back as it was stored. PostgreSQL writes the
// shortest text that reads back the same number.
const sqliteValue = (column: string, type: "text" | "real") =>
  type === "real" ? `printf('%!.17g', t."${column}")` : `t."${column}"`;

/** The rows of `query` as arrays of `columns`. The order of the rows is not kept. */
export async function packedRows<Row extends Array<string | number>>(
  columns: PackedColumns,
  query: Prisma.Sql,
): Promise<Row[]> {
  const entries = Object.entries(columns);
  const values = Prisma.raw(
    entries.map(([column, type]) => (dbKind === "sqlite" ? sqliteValue(column, type) : `t."${column}"`)).join(", "),
  );
  const packed =
    dbKind === "sqlite"
      ? Prisma.sql`SELECT json_group_array(json_array(${values})) AS "rows" FROM (${query}) t`
      : Prisma.sql`SELECT COALESCE(json_agg(json_build_array(${values})), '[]')::text AS "rows" FROM (${query}) t`;
  const [row] = await db.$queryRaw<Array<{ rows: string }>>(packed);
  const rows = JSON.parse(row?.rows ?? "[]") as Row[];
  const reals = entries.flatMap(([, type], i) => (type === "real" ? [i] : []));
  for (const r of rows) for (const i of reals) r[i] = Number(r[i]);
  return rows;
}
