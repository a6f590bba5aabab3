// translationState (./status.ts) as the database computes it, for counts and queues over the whole
// catalogue that cannot hash every German text on each visit. The German row keeps the hash of its
// own texts (./stamp.ts), so "outdated" is a comparison of two columns. The rule is the same: no
// row is missing; a row made from other German texts is outdated; a row whose source is unknown
// (no hash on either side) counts as current; otherwise its status. tests/integration/
// translation-state.test.ts holds both definitions to the same answers.
import { Prisma } from "../../generated/sqlite/client";

/** `t` is the translation row (absent: missing), `g` the record's German row. */
export const stateSql = Prisma.raw(
  `CASE WHEN t."locale" IS NULL THEN 'missing' ` +
    `WHEN t."sourceHash" IS NOT NULL AND g."sourceHash" IS NOT NULL AND t."sourceHash" <> g."sourceHash" THEN 'outdated' ` +
    `ELSE CAST(t."status" AS TEXT) END`,
);

/** The rows of one state, for a query that already joins `t` and `g`. */
export function inStateSql(state: "missing" | "machine" | "reviewed" | "outdated") {
  const current = `(t."sourceHash" IS NULL OR g."sourceHash" IS NULL OR t."sourceHash" = g."sourceHash")`;
  switch (state) {
    case "missing":
      return Prisma.raw(`t."locale" IS NULL`);
    case "outdated":
      return Prisma.raw(`t."locale" IS NOT NULL AND NOT ${current}`);
    default:
      return Prisma.raw(`t."locale" IS NOT NULL AND CAST(t."status" AS TEXT) = '${state}' AND ${current}`);
  }
}
