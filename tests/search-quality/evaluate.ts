// Runs the search-quality set against the database the process is connected to and scores it:
// recall@5 and precision@5 on the first page as a reader sees it, and recall over every result.
// Shared by `npm run bench:search-quality` and the quality test, so both measure the same thing.
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOffers } from "@/lib/offers/listing";
import { searchIndexVersion } from "@/lib/search/query";
import { qualityQueries, type QualityQuery } from "./queries";

export const AT = 5;
// Broad concepts (a whole category) hold a few dozen offers; read them all for overall recall.
const DEPTH = 200;

export type QueryScore = {
  query: QualityQuery;
  found: string[];
  recallAt5: number;
  precisionAt5: number;
  recall: number;
};
export type LocaleScore = { locale: Locale; queries: number; recallAt5: number; precisionAt5: number; recall: number };

/**
 * recall@5: share of the expected offers among the first five, out of at most five (a query
 * expecting twenty cannot show more than five there); precision@5: share of the first five
 * results that are expected (0 when nothing is found); recall: share of the expected offers
 * found at all.
 */
export function score(query: QualityQuery, found: readonly string[]): QueryScore {
  const expected = new Set(query.expect);
  const top = found.slice(0, AT);
  const hitsTop = top.filter((slug) => expected.has(slug)).length;
  const hits = found.filter((slug) => expected.has(slug)).length;
  return {
    query,
    found: [...found],
    recallAt5: hitsTop / Math.min(AT, expected.size),
    precisionAt5: top.length === 0 ? 0 : hitsTop / top.length,
    recall: hits / expected.size,
  };
}

export async function runQuery(query: QualityQuery): Promise<string[]> {
  const version = await searchIndexVersion();
  const listing = await listOffers(parseOfferFilter({ q: query.q }), query.locale, version, { pageSize: DEPTH });
  const ids = listing.rows.map((r) => r.id);
  const rows = await db.offer.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  return ids.map((id) => slugOf.get(id) ?? id);
}

export async function evaluate(queries: readonly QualityQuery[] = qualityQueries): Promise<QueryScore[]> {
  const out: QueryScore[] = [];
  for (const query of queries) out.push(score(query, await runQuery(query)));
  return out;
}

export function byLocale(scores: readonly QueryScore[]): LocaleScore[] {
  const groups = new Map<Locale, QueryScore[]>();
  for (const s of scores) groups.set(s.query.locale, [...(groups.get(s.query.locale) ?? []), s]);
  const mean = (list: QueryScore[], pick: (s: QueryScore) => number) =>
    list.reduce((sum, s) => sum + pick(s), 0) / list.length;
  return [...groups].map(([locale, list]) => ({
    locale,
    queries: list.length,
    recallAt5: mean(list, (s) => s.recallAt5),
    precisionAt5: mean(list, (s) => s.precisionAt5),
    recall: mean(list, (s) => s.recall),
  }));
}
