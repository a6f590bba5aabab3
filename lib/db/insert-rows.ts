// Multi-row INSERTs for bulk loads. Prisma's createMany costs about six times as much per row with
// the JS engine; one parameterised statement per chunk keeps 100,000 offers under a minute on both
// databases (Prisma.sql writes the placeholders each database expects).
import { Prisma } from "../../generated/sqlite/client";
import type { Db } from "./client";

export type RawExecutor = Pick<Db, "$executeRaw">;
type Value = string | number | boolean | Date | null | undefined;

// SQLite allows 32,766 bound variables per statement; PostgreSQL 65,535.
const MAX_VARIABLES = 30_000;

export async function insertRows(tx: RawExecutor, table: string, rows: Array<Record<string, Value>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const perChunk = Math.max(1, Math.floor(MAX_VARIABLES / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const values = rows
      .slice(i, i + perChunk)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c] ?? null))})`);
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}
