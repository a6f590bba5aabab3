// Keeps the search index in step with offers: every write path that changes an offer's texts,
// status, provider, terms or places calls reindexOffers in the same transaction. Only public
// offers (lib/offers/visibility.ts) are indexed: a draft's words must not even be known to the
// vocabulary, and the facet counts count public offers only.
import { inChunks } from "../db/chunks";
import type { DbKind, DbTransaction } from "../db/client";
import { publicLocation, publicOffer } from "../offers/visibility";
import { offerIndex, type OfferIndex } from "./documents";
import { appendIndex, clearIndex, replaceIndex } from "./index-writer";

type Reader = Pick<DbTransaction, "offer" | "taxonomyTermTranslation" | "$executeRaw" | "$queryRaw">;

/** Names of every taxonomy term in every locale, by term id: an offer is found by them all. */
export async function termNames(tx: Pick<DbTransaction, "taxonomyTermTranslation">): Promise<Map<string, string[]>> {
  const rows = await tx.taxonomyTermTranslation.findMany({ select: { termId: true, name: true } });
  const names = new Map<string, string[]>();
  for (const row of rows) names.set(row.termId, [...(names.get(row.termId) ?? []), row.name]);
  return names;
}

// Prisma turns `in` lists into bound parameters; stay well below every limit.
const BATCH = 500;

async function indexFor(tx: Reader, offerIds: readonly string[], names: Map<string, string[]>): Promise<OfferIndex[]> {
  const out: OfferIndex[] = [];
  for (let i = 0; i < offerIds.length; i += BATCH) {
    const offers = await tx.offer.findMany({
      where: { id: { in: offerIds.slice(i, i + BATCH) }, ...publicOffer() },
      select: {
        id: true,
        slug: true,
        free: true,
        lastVerifiedAt: true,
        validUntil: true,
        programmeId: true,
        minAge: true,
        maxAge: true,
        schedules: { select: { weekday: true, opensAt: true, closesAt: true, validUntil: true } },
        organization: { select: { slug: true, name: true } },
        translations: { select: { locale: true, title: true, summary: true, description: true } },
        terms: { select: { term: { select: { id: true, taxonomy: true } } } },
        languages: { select: { code: true } },
        locations: {
          where: { location: publicLocation },
          select: { location: { select: { id: true, latitude: true, longitude: true, districtId: true } } },
        },
      },
    });
    for (const offer of offers) {
      out.push(
        offerIndex({
          ...offer,
          provider: offer.organization,
          terms: offer.terms.map(({ term }) => ({ ...term, names: names.get(term.id) ?? [] })),
          languages: offer.languages.map((l) => l.code),
          places: offer.locations.map(({ location: l }) => ({
            locationId: l.id,
            latitude: l.latitude,
            longitude: l.longitude,
            districtId: l.districtId,
          })),
        }),
      );
    }
  }
  return out;
}

// `kind` is kept for the callers: the index is written with the same SQL on both databases. Any
// number of offers: a provider renamed or a term used by thousands reindexes them in chunks.
export async function reindexOffers(tx: Reader, _kind: DbKind, offerIds: readonly string[]): Promise<void> {
  if (offerIds.length === 0) return;
  const names = await termNames(tx);
  await inChunks([...new Set(offerIds)], async (chunk) => replaceIndex(tx, chunk, await indexFor(tx, chunk, names)));
}

/** Indexes offers that are not in the index yet (bulk loads such as the synthetic seed). */
export async function indexNewOffers(tx: Reader, offerIds: readonly string[], names: Map<string, string[]>) {
  await appendIndex(tx, await indexFor(tx, offerIds, names));
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
    await indexNewOffers(tx, ids, names);
    total += ids.length;
    cursor = ids[ids.length - 1];
  }
}
