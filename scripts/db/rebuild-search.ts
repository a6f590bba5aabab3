// `npm run search:rebuild`: builds the search index and its vocabulary afresh from the public
// offers, e.g. after an upgrade from a version that also indexed drafts, or after data was
// changed directly in the database.
import { createDb } from "../../lib/db/client";
import { rebuildSearchIndex } from "../../lib/search/indexer";

async function main() {
  const db = createDb();
  try {
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
