// Writes the search index and its vocabulary; the same SQL on both databases apart from taking
// rows out (engine.takeDocuments).
import { Prisma } from "../../generated/sqlite/client";
import type { Db, DbKind } from "../db/client";
import { insertRows, type RawExecutor } from "../db/insert-rows";
import { countTerms, type SearchDocument } from "./documents";
import { engineFor } from "./engine";
import { bumpPublicVersion } from "./version";

type Executor = RawExecutor & Pick<Db, "$queryRaw">;

/**
 * Changes the vocabulary's document counts by `deltas` and forgets words no document holds any
 * more: the vocabulary is what `unmatchedWords` answers from, so a word that left the index (an
 * offer unpublished, a typo corrected) must leave it too.
 */
async function changeTerms(tx: RawExecutor, deltas: Map<string, number>) {
  const rows = [...deltas].filter(([, delta]) => delta !== 0).map(([term, delta]) => ({ term, delta }));
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const values = chunk.map((r) => Prisma.sql`(${r.term}, ${r.delta})`);
    await tx.$executeRaw`INSERT INTO "SearchTerm" ("term", "docCount") VALUES ${Prisma.join(values)}
      ON CONFLICT ("term") DO UPDATE SET "docCount" = "SearchTerm"."docCount" + excluded."docCount"`;
    const fewer = chunk.filter((r) => r.delta < 0).map((r) => r.term);
    if (fewer.length)
      await tx.$executeRaw`DELETE FROM "SearchTerm" WHERE "docCount" <= 0 AND "term" IN (${Prisma.join(fewer)})`;
  }
}

/** Adds documents of offers that have none yet (new offers, bulk loads). */
export async function appendDocuments(tx: RawExecutor, documents: readonly SearchDocument[]) {
  await insertRows(tx, "OfferSearch", [...documents]);
  await changeTerms(tx, countTerms(documents));
  await bumpPublicVersion(tx);
}

/** Replaces the documents of these offers; an offer given no documents leaves the index. */
export async function replaceDocuments(
  tx: Executor,
  kind: DbKind,
  offerIds: readonly string[],
  documents: readonly SearchDocument[],
) {
  const removed = await engineFor(kind).takeDocuments(tx, offerIds);
  await insertRows(tx, "OfferSearch", [...documents]);
  const deltas = countTerms(documents);
  for (const [term, count] of countTerms(removed)) deltas.set(term, (deltas.get(term) ?? 0) - count);
  await changeTerms(tx, deltas);
  await bumpPublicVersion(tx);
}

/** Empties index and vocabulary before a full rebuild. */
export async function clearIndex(tx: RawExecutor) {
  await tx.$executeRaw`DELETE FROM "OfferSearch"`;
  await tx.$executeRaw`DELETE FROM "SearchTerm"`;
  await bumpPublicVersion(tx);
}
