// Writes the search index, its cards and places, and the key counts (vocabulary and facets); the
// same SQL on both databases.
import { Prisma } from "../../generated/sqlite/client";
import type { Db } from "../db/client";
import { insertRows, type RawExecutor } from "../db/insert-rows";
import { countKeys, type OfferIndex } from "./documents";
import { bumpPublicVersion } from "./version";

type Executor = RawExecutor & Pick<Db, "$queryRaw">;

// Below both databases' limits on bound parameters, and Prisma's.
const CHUNK = 500;

/**
 * Changes the key counts by `deltas` and forgets keys no offer holds any more: the vocabulary is
 * what `unmatchedWords` answers from, so a word that left the index (an offer unpublished, a typo
 * corrected) must leave it too; the facet counts are read from the same rows.
 */
async function changeCounts(tx: RawExecutor, deltas: Map<string, number>) {
  const rows = [...deltas].filter(([, delta]) => delta !== 0).map(([term, delta]) => ({ term, delta }));
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const values = chunk.map((r) => Prisma.sql`(${r.term}, ${r.delta})`);
    await tx.$executeRaw`INSERT INTO "SearchTerm" ("term", "docCount") VALUES ${Prisma.join(values)}
      ON CONFLICT ("term") DO UPDATE SET "docCount" = "SearchTerm"."docCount" + excluded."docCount"`;
    const fewer = chunk.filter((r) => r.delta < 0).map((r) => r.term);
    for (let j = 0; j < fewer.length; j += CHUNK)
      await tx.$executeRaw`DELETE FROM "SearchTerm" WHERE "docCount" <= 0 AND "term" IN (${Prisma.join(fewer.slice(j, j + CHUNK))})`;
  }
}

async function insertIndex(tx: RawExecutor, index: OfferIndex[]) {
  await insertRows(
    tx,
    "SearchPosting",
    index.flatMap((i) => i.postings),
  );
  await insertRows(
    tx,
    "SearchCard",
    index.flatMap((i) => i.cards),
  );
  await insertRows(
    tx,
    "SearchPlace",
    index.flatMap((i) => i.places),
  );
}

/** Adds the rows of offers that have none yet (new offers, bulk loads). */
export async function appendIndex(tx: RawExecutor, index: OfferIndex[]) {
  await insertIndex(tx, index);
  await changeCounts(tx, countKeys(index.flatMap((i) => i.postings.map((p) => p.key))));
  await bumpPublicVersion(tx);
}

/** Replaces the rows of these offers; an offer not in `index` (no longer public) leaves it. */
export async function replaceIndex(tx: Executor, offerIds: readonly string[], index: OfferIndex[]) {
  const deltas = countKeys(index.flatMap((i) => i.postings.map((p) => p.key)));
  for (let i = 0; i < offerIds.length; i += CHUNK) {
    const ids = Prisma.join(offerIds.slice(i, i + CHUNK));
    // RETURNING works on both databases: the removed keys are what the counts lose.
    const removed = await tx.$queryRaw<
      Array<{ key: string }>
    >`DELETE FROM "SearchPosting" WHERE "offerId" IN (${ids}) RETURNING "key"`;
    for (const { key } of removed) deltas.set(key, (deltas.get(key) ?? 0) - 1);
    await tx.$executeRaw`DELETE FROM "SearchCard" WHERE "offerId" IN (${ids})`;
    await tx.$executeRaw`DELETE FROM "SearchPlace" WHERE "offerId" IN (${ids})`;
  }
  await insertIndex(tx, index);
  await changeCounts(tx, deltas);
  await bumpPublicVersion(tx);
}

/** Empties index and vocabulary before a full rebuild. */
export async function clearIndex(tx: RawExecutor) {
  await tx.$executeRaw`DELETE FROM "SearchPosting"`;
  await tx.$executeRaw`DELETE FROM "SearchCard"`;
  await tx.$executeRaw`DELETE FROM "SearchPlace"`;
  await tx.$executeRaw`DELETE FROM "SearchTerm"`;
  await bumpPublicVersion(tx);
}
