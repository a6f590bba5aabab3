// Keeps the search index in step with offers: every write path that changes an offer's texts,
// status, provider or terms calls reindexOffers in the same transaction. Only public offers
// (lib/offers/visibility.ts) are indexed: a draft's words must not even be known to the vocabulary.
import { inChunks } from "../db/chunks";
import type { DbKind, DbTransaction } from "../db/client";
import { publicOffer } from "../offers/visibility";
import { offerDocuments, type SearchDocument } from "./documents";
import { appendDocuments, clearIndex, replaceDocuments } from "./index-writer";

type Reader = Pick<DbTransaction, "offer" | "taxonomyTermTranslation" | "$executeRaw" | "$queryRaw">;

/** Names of every taxonomy term in every locale, by term id: the German documents carry them all. */
export async function termNames(tx: Pick<DbTransaction, "taxonomyTermTranslation">): Promise<Map<string, string[]>> {
  const rows = await tx.taxonomyTermTranslation.findMany({ select: { termId: true, name: true } });
  const names = new Map<string, string[]>();
  for (const row of rows) names.set(row.termId, [...(names.get(row.termId) ?? []), row.name]);
  return names;
}

async function documentsFor(
  tx: Reader,
  offerIds: readonly string[],
  names: Map<string, string[]>,
): Promise<SearchDocument[]> {
  const offers = await tx.offer.findMany({
    where: { id: { in: [...offerIds] }, ...publicOffer() },
    select: {
      id: true,
      organization: { select: { name: true } },
      translations: { select: { locale: true, title: true, summary: true, description: true } },
      terms: { select: { termId: true } },
    },
  });
  return offers.flatMap((offer) =>
    offerDocuments({
      id: offer.id,
      providerName: offer.organization.name,
      translations: offer.translations,
      termNames: offer.terms.flatMap((t) => names.get(t.termId) ?? []),
    }),
  );
}

/** Any number of offers: a provider renamed or a term used by thousands reindexes them in chunks. */
export async function reindexOffers(tx: Reader, kind: DbKind, offerIds: readonly string[]): Promise<void> {
  if (offerIds.length === 0) return;
  const names = await termNames(tx);
  await inChunks([...new Set(offerIds)], async (chunk) =>
    replaceDocuments(tx, kind, chunk, await documentsFor(tx, chunk, names)),
  );
}

/** Rebuilds index and vocabulary from the public offers, in batches. */
export async function rebuildSearchIndex(tx: Reader): Promise<number> {
  await clearIndex(tx);
  const names = await termNames(tx);
  let cursor: string | undefined;
  let total = 0;
  for (;;) {
    const batch = await tx.offer.findMany({
      where: publicOffer(),
      select: { id: true },
      orderBy: { id: "asc" },
      take: 2000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) return total;
    const ids = batch.map((o) => o.id);
    await appendDocuments(tx, await documentsFor(tx, ids, names));
    total += ids.length;
    cursor = ids[ids.length - 1];
  }
}
