import "server-only";
// `search` runs on the offers' full-text index, the same as the site's search: the same words,
// compounds and typos find the same offers, in the same order of relevance.
import { filterKey } from "../../search/documents";
import { publicOnly } from "../../search/postings";
import { rankQuery } from "../../search/rank-query";
import { facetCounts, parseQuery, searchIndexVersion } from "../../search/query";

// Like the site, the API ranks at most this many matches; more are never read.
export const SEARCH_LIMIT = 1000;

/** Ids of the matching offers, best first; null when the text holds no words to search for. */
/** Words are found in every language an offer is written in, whatever the answer's locale. */
export async function searchOfferIds(text: string): Promise<string[] | null> {
  const version = await searchIndexVersion();
  const query = await parseQuery(text, version);
  if (query.words.length === 0 && query.unmatched.length === 0) return null;
  // A word found nowhere cannot be satisfied (all words must match).
  if (query.unmatched.length > 0) return [];
  // The index holds public offers only (and the ranked ones are checked against the rule once more).
  const totalOffers = (await facetCounts(version)).get(filterKey.public) ?? 0;
  const { ranked } = await rankQuery(query, [], { totalOffers, need: SEARCH_LIMIT });
  const ids = ranked.slice(0, SEARCH_LIMIT).map((r) => r.id);
  const visible = await publicOnly(ids);
  return ids.filter((id) => visible.has(id));
}

/** Sorts records by the rank of their offer among the search hits. */
export function byRank<T>(items: T[], rankedIds: readonly string[], offerId: (item: T) => string): T[] {
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(offerId(a)) ?? 0) - (rank.get(offerId(b)) ?? 0));
}
