// The one place where the databases differ for search: how a list of ids is handed to a query as
// a single parameter (a list of thousands of bound parameters would hit the limits of both
// databases and of Prisma), and how its rows are looked up by key. Everything else about search
// is the same SQL on both.
import { Prisma } from "../../generated/sqlite/client";
import type { DbKind } from "../db/client";

/** A subquery yielding one column "value" with these ids. */
export function idList(kind: DbKind, ids: readonly string[]): Prisma.Sql {
  return kind === "sqlite"
    ? Prisma.sql`SELECT "value" FROM json_each(${JSON.stringify(ids)})`
    : Prisma.sql`SELECT unnest(${[...ids]}::text[]) AS "value"`;
}

/**
 * FROM these ids ("ids"."value"), each looked up by key in `table` under `alias` with `on`:
 * SQLite would rather walk a whole index and probe the list, so CROSS JOIN fixes the order there.
 * `index` names the index SQLite must seek (PostgreSQL chooses by itself).
 */
export function fromIds(
  kind: DbKind,
  ids: readonly string[],
  table: string,
  alias: string,
  on: Prisma.Sql,
  index?: string,
): Prisma.Sql {
  const hint = index && kind === "sqlite" ? ` INDEXED BY "${index}"` : "";
  return Prisma.sql`(${idList(kind, ids)}) ids ${joinInOrder(kind)} ${Prisma.raw(`"${table}" ${alias}${hint}`)} ON ${on}`;
}

/** A join that SQLite runs in the order written (left side first); PostgreSQL plans it itself. */
export const joinInOrder = (kind: DbKind) => Prisma.raw(kind === "sqlite" ? "CROSS JOIN" : "JOIN");

/**
 * "SearchPosting" under `alias` by its ordered (key, weight, recency, offerId) index, for walks in
 * page order and for probes of a filter value: all postings of an offer share its recency, so a
 * probe seeks where one value's postings lie together and stay cached, instead of the primary key,
 * where they are spread over the whole table (ten times fewer page reads at 100,000 offers). SQLite
 * has to be told, since the (key, offerId) index matches a key as well; PostgreSQL chooses by itself.
 */
export function orderedPostings(kind: DbKind, alias: string): Prisma.Sql {
  return Prisma.raw(
    kind === "sqlite"
      ? `"SearchPosting" ${alias} INDEXED BY "SearchPosting_key_weight_recency_offerId_until_idx"`
      : `"SearchPosting" ${alias}`,
  );
}

/** "SearchPosting" under `alias` by its (key, offerId) index: whether given offers hold a key. */
export function keyedPostings(kind: DbKind, alias: string): Prisma.Sql {
  return Prisma.raw(
    kind === "sqlite"
      ? `"SearchPosting" ${alias} INDEXED BY "SearchPosting_key_offerId_weight_idx"`
      : `"SearchPosting" ${alias}`,
  );
}
