// The one place where the databases differ for search: how a list of ids is handed to a query as
// a single parameter (a list of thousands of bound parameters would hit the limits of both
// databases and of Prisma). Everything else about search is the same SQL on both.
import { Prisma } from "../../generated/sqlite/client";
import type { DbKind } from "../db/client";

/** A subquery yielding one column "value" with these ids. */
export function idList(kind: DbKind, ids: readonly string[]): Prisma.Sql {
  return kind === "sqlite"
    ? Prisma.sql`SELECT "value" FROM json_each(${JSON.stringify(ids)})`
    : Prisma.sql`SELECT unnest(${[...ids]}::text[]) AS "value"`;
}
