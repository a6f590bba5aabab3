import "server-only";
// Facet counts (offers per category, audience, language, …) for the public pages.
//
// Maintained aggregates, not a count per view and not a count per version: the indexer changes
// "SearchTerm" by the keys an offer gains and loses in the same transaction as the write, so a
// count is always as fresh as the index and reading it costs a few dozen rows whatever the size
// of the catalogue. Computing the counts once per public version instead would cost a scan of
// every offer after each save, in every process. What an aggregate cannot follow is time: an offer
// whose "runs until" day has passed stops being public without a write, so those offers (found
// through the indexed "until" of their cards, few at any time) are subtracted when read.
import { db, dbKind } from "../db";
import { publicDay, publicSince } from "../offers/visibility";
import { isWord } from "./documents";
import { joinInOrder } from "./engine";
import { facetCounts, searchIndexVersion } from "./query";

let cached: { key: string; counts: Promise<Map<string, number>> } | null = null;

async function load(version: number): Promise<Map<string, number>> {
  const [kept, ended] = await Promise.all([
    facetCounts(version),
    db.$queryRaw<Array<{ key: string; offers: bigint | number }>>`
      SELECT p."key", COUNT(*) AS "offers"
      FROM (SELECT DISTINCT c."offerId" FROM "SearchCard" c WHERE c."until" < ${publicSince()}) ended
      ${joinInOrder(dbKind)} "SearchPosting" p ON p."offerId" = ended."offerId"
      GROUP BY p."key"`,
  ]);
  const counts = new Map(kept);
  for (const row of ended) {
    if (!isWord(row.key)) counts.set(row.key, (counts.get(row.key) ?? 0) - Number(row.offers));
  }
  return counts;
}

/** Public offers per filter key ("term:<id>", "language:ar", "offer:public", …). */
export async function publicFacetCounts(): Promise<Map<string, number>> {
  const version = await searchIndexVersion();
  const key = `${version}/${publicDay()}`;
  if (cached?.key !== key) {
    const counts = load(version);
    cached = { key, counts };
    counts.catch(() => {
      if (cached?.counts === counts) cached = null;
    });
  }
  return cached.counts;
}
