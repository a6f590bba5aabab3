// `npm run db:seed [-- --if-empty] [-- --reference-only]`: loads reference data and, unless
// --reference-only, the Aachen demo catalogue. --if-empty leaves a database with organisations
// untouched, so that `npm run demo` keeps what was entered.
import { createDb } from "../lib/db/client";
import { seedDemo } from "./seed/demo";
import { seedProgrammes, seedReference } from "./seed/reference";

async function main() {
  const args = new Set(process.argv.slice(2));
  const db = createDb();
  try {
    if (args.has("--if-empty") && (await db.organization.count()) > 0) {
      console.log("database already has data: seeding skipped");
      return;
    }
    const started = performance.now();
    await db.$transaction(
      async (tx) => {
        await seedReference(tx);
        if (args.has("--reference-only")) await seedProgrammes(tx);
        else await seedDemo(tx);
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    const [organisations, offers, relationships] = await Promise.all([db.organization.count(), db.offer.count(), db.relationship.count()]);
    console.log(
      `seeded ${organisations} organisations, ${offers} offers, ${relationships} relationships in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
