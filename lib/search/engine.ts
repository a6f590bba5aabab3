// Where SQLite and PostgreSQL differ: how the full-text index is queried and how an offer's rows
// are removed. Everything else about search (folding, vocabulary, writing rows, filters, ranking
// order) is shared.
import { Prisma } from "../../generated/sqlite/client";
import type { Db, DbKind } from "../db/client";
import type { RawExecutor } from "../db/insert-rows";

/** For each query word, the index words it stands for (all alternatives are letters and digits). */
export type ExpandedQuery = string[][];

export type SearchEngine = {
  /** SQL yielding rows (id, score) of offers matching every word, higher score = more relevant. */
  matches(query: ExpandedQuery, locale: string): Prisma.Sql;
  /** How the matches join the offers ("m" to "o"). */
  joinOffers: Prisma.Sql;
  /** Removes these offers' rows and returns their words, so that the vocabulary can forget them. */
  takeDocuments(tx: Executor, offerIds: readonly string[]): Promise<IndexedWords[]>;
};

type Executor = RawExecutor & Pick<Db, "$queryRaw">;
export type IndexedWords = { title: string; body: string };

const quoteAll = (words: string[], quote: string, or: string) => words.map((w) => `${quote}${w}${quote}`).join(or);

const sqlite: SearchEngine = {
  // CROSS JOIN fixes the order in SQLite: walk the few matches and look offers up by key, instead
  // of walking all published offers and probing the matches.
  joinOffers: Prisma.sql`CROSS JOIN "Offer" o ON o."id" = m."id"`,
  matches(query, locale) {
    const words = query.map((alternatives) => `(${quoteAll(alternatives, '"', " OR ")})`).join(" AND ");
    // bm25 is lower for better matches and may only be used directly on the FTS query's rows
    // ("LIMIT -1" keeps SQLite from folding the inner query into the aggregate); titles weigh four
    // times the rest; ids and locales are not searched.
    return Prisma.sql`SELECT "id", -MIN("rank") AS "score" FROM (
      SELECT "offerId" AS "id", bm25("OfferSearch", 0, 0, 4.0, 1.0) AS "rank"
      FROM "OfferSearch" WHERE "OfferSearch" MATCH ${`{title body} : (${words})`} AND "locale" IN (${locale}, 'de') LIMIT -1
    ) GROUP BY "id"`;
  },
  async takeDocuments(tx, offerIds) {
    // The id as a phrase on its own column finds the rows through the index, not by a scan. FTS5
    // tables know no RETURNING, so the rows are read first.
    const taken: IndexedWords[] = [];
    for (const id of offerIds) {
      const phrase = `offerId : "${id.replace(/[^0-9a-zA-Z]+/g, " ").trim()}"`;
      const rows = await tx.$queryRaw<Array<IndexedWords & { row: number }>>`
        SELECT rowid AS "row", "title", "body" FROM "OfferSearch" WHERE "OfferSearch" MATCH ${phrase}`;
      if (rows.length === 0) continue;
      await tx.$executeRaw`DELETE FROM "OfferSearch" WHERE rowid IN (${Prisma.join(rows.map((r) => r.row))})`;
      taken.push(...rows.map(({ title, body }) => ({ title, body })));
    }
    return taken;
  },
};

const postgres: SearchEngine = {
  joinOffers: Prisma.sql`JOIN "Offer" o ON o."id" = m."id"`,
  matches(query, locale) {
    const tsquery = query.map((alternatives) => `(${quoteAll(alternatives, "'", " | ")})`).join(" & ");
    return Prisma.sql`SELECT "offerId" AS "id", MAX(ts_rank("document", to_tsquery('simple', ${tsquery}))) AS "score"
      FROM "OfferSearch" WHERE "document" @@ to_tsquery('simple', ${tsquery}) AND "locale" IN (${locale}, 'de')
      GROUP BY "offerId"`;
  },
  async takeDocuments(tx, offerIds) {
    const taken: IndexedWords[] = [];
    for (let i = 0; i < offerIds.length; i += 5000) {
      taken.push(
        ...(await tx.$queryRaw<
          IndexedWords[]
        >`DELETE FROM "OfferSearch" WHERE "offerId" IN (${Prisma.join(offerIds.slice(i, i + 5000))})
          RETURNING "title", "body"`),
      );
    }
    return taken;
  },
};

export function engineFor(kind: DbKind): SearchEngine {
  return kind === "sqlite" ? sqlite : postgres;
}
