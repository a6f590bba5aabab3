// `npm run search:rebuild [-- --if-empty]`: builds the search index, its vocabulary and the facet
// counts afresh from the public offers, e.g. after an upgrade that changed the index's tables, or
// after data was changed directly in the database. With --if-empty only when the index holds
// nothing (`npm run demo` runs it so after migrating).
import { createDb } from "../../lib/db/client";
import { rebuildSearchIndex } from "../../lib/search/indexer";

async function main() {
  const db = createDb();
  try {
    if (process.argv.includes("--if-empty") && (await db.searchPosting.findFirst({ select: { offerId: true } }))) return;
    const started = performance.now();
    const offers = await db.$transaction((tx) => rebuildSearchIndex(tx), { timeout: 600_000, maxWait: 10_000 });
    console.log(`indexed ${offers} public offers in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
