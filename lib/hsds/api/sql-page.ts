import "server-only";
// One page of an HSDS list read by SQL: the ids of the page in the list's order, and the list's
// total, counted once per version of the public data and filter (./totals.ts); the records are
// then loaded by id. The query builder would join and sort the whole catalogue for every page.
import { Prisma } from "../../../generated/sqlite/client";
import { loadInChunks } from "../../db/chunks";
import { db } from "../../db/index";
import { skipTake } from "./page";
import type { Paging } from "./query";
import { byRank } from "./search";
import { cachedTotal } from "./totals";

type ListSql = {
  /** the list's name and its filter's values: the total's cache key */
  list: string;
  filter: unknown;
  /** FROM … WHERE … of the list */
  from: Prisma.Sql;
  /** the id column and the order of the list */
  id: Prisma.Sql;
  order: Prisma.Sql;
};

export async function pageBySql<Row extends { id: string }>(
  { list, filter, from, id, order }: ListSql,
  paging: Paging,
  load: (ids: string[]) => Promise<Row[]>,
): Promise<{ rows: Row[]; total: number }> {
  const { skip, take } = skipTake(paging);
  const [total, page] = await Promise.all([
    cachedTotal(list, filter, async () => {
      const [row] = await db.$queryRaw<Array<{ n: bigint | number }>>`SELECT COUNT(*) AS "n" FROM ${from}`;
      return Number(row?.n ?? 0);
    }),
    db.$queryRaw<Array<{ id: string }>>`SELECT ${id} AS "id" FROM ${from} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`,
  ]);
  const ids = page.map((row) => row.id);
  const rows = await loadInChunks(ids, load);
  return { rows: byRank(rows, ids, (row) => row.id), total };
}
