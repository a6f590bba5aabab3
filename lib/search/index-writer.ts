// Writes the search index and its vocabulary; the same SQL on both databases apart from removing
// rows (engine.deleteDocuments).
import { Prisma } from "../../generated/sqlite/client";
import type { DbKind } from "../db/client";
import { insertRows, type RawExecutor } from "../db/insert-rows";
import { countTerms, type SearchDocument } from "./documents";
import { engineFor } from "./engine";
import { forgetIndexVersion } from "./version";

/** Adds documents' words to the vocabulary. Counts only grow: a word left behind by an edit
 * merely widens a query expansion, and a full rebuild resets them. */
async function addTerms(tx: RawExecutor, documents: readonly SearchDocument[]) {
  const rows = [...countTerms(documents)].map(([term, docCount]) => ({ term, docCount }));
  for (let i = 0; i < rows.length; i += 5000) {
    const values = rows.slice(i, i + 5000).map((r) => Prisma.sql`(${r.term}, ${r.docCount})`);
    await tx.$executeRaw`INSERT INTO "SearchTerm" ("term", "docCount") VALUES ${Prisma.join(values)}
      ON CONFLICT ("term") DO UPDATE SET "docCount" = "SearchTerm"."docCount" + excluded."docCount"`;
  }
}

async function bumpVersion(tx: RawExecutor) {
  await tx.$executeRaw`UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1`;
  forgetIndexVersion();
}

/** Adds documents of offers that have none yet (new offers, bulk loads). */
export async function appendDocuments(tx: RawExecutor, documents: readonly SearchDocument[]) {
  await insertRows(tx, "OfferSearch", [...documents]);
  await addTerms(tx, documents);
  await bumpVersion(tx);
}

/** Replaces the documents of these offers; an offer given no documents leaves the index. */
export async function replaceDocuments(
  tx: RawExecutor,
  kind: DbKind,
  offerIds: readonly string[],
  documents: readonly SearchDocument[],
) {
  await engineFor(kind).deleteDocuments(tx, offerIds);
  await appendDocuments(tx, documents);
}

/** Empties index and vocabulary before a full rebuild. */
export async function clearIndex(tx: RawExecutor) {
  await tx.$executeRaw`DELETE FROM "OfferSearch"`;
  await tx.$executeRaw`DELETE FROM "SearchTerm"`;
  await bumpVersion(tx);
}
