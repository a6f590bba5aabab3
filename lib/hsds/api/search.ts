import "server-only";
// `search` runs on the offers' full-text index, the same as the site's search: the same words,
// compounds and typos find the same offers, in the same order of relevance.
import { db, dbKind } from "../../db/index";
import type { Locale } from "../../i18n/locales";
import { publicOfferSql } from "../../offers/visibility";
import { engineFor } from "../../search/engine";
import { parseQuery, searchIndexVersion } from "../../search/query";

// Like the site, the API ranks at most this many matches; more are never read.
export const SEARCH_LIMIT = 1000;

/** Ids of the matching offers, best first; null when the text holds no words to search for. */
export async function searchOfferIds(text: string, locale: Locale): Promise<string[] | null> {
  const query = await parseQuery(text, await searchIndexVersion());
  if (query.expanded.length === 0 && query.unmatched.length === 0) return null;
  // A word found nowhere cannot be satisfied (all words must match).
  if (query.unmatched.length > 0) return [];
  const engine = engineFor(dbKind);
  // Public offers only, before the limit: hidden matches must not crowd out visible ones.
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT m."id" AS "id" FROM (${engine.matches(query.expanded, locale)}) m ${engine.joinOffers}
    WHERE ${publicOfferSql("o")} ORDER BY m."score" DESC, m."id" LIMIT ${SEARCH_LIMIT}`;
  return rows.map((row) => row.id);
}

/** Sorts records by the rank of their offer among the search hits. */
export function byRank<T>(items: T[], rankedIds: readonly string[], offerId: (item: T) => string): T[] {
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(offerId(a)) ?? 0) - (rank.get(offerId(b)) ?? 0));
}
