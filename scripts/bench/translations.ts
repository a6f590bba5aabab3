// `npm run bench:translations [-- --offers 100000]`: the translation pages' database work at a
// region's size. Seeds synthetic offers into a fresh SQLite database (and PostgreSQL with
// BENCH_POSTGRES_URL), makes every twentieth offer's German text change after its translations,
// then times what the pages ask: the counts of every language (a fresh count, as after a save), a
// queue's first and fiftieth page per state, and one record side by side.
import { countArg, measureIn, onFreshDatabases, timedRepeats as timed } from "./fresh-databases";

const offers = countArg("--offers", 100_000);

async function measure(label: string) {
  const { db } = await import("../../lib/db");
  const { translationQueue } = await import("../../lib/translations/queue");
  const { translationView } = await import("../../lib/translations/record");
  const { bumpPublicVersion } = await import("../../lib/search/version");
  const { translationProgress } = await import("../../lib/translations/progress");
  // A German text changed after its translations: the German row's fingerprint moves on.
  await db.$executeRawUnsafe(
    `UPDATE "OfferTranslation" SET "sourceHash" = 'changed' WHERE "locale" = 'de' AND "offerId" IN (SELECT "offerId" FROM "OfferTranslation" WHERE "locale" = 'ar' ORDER BY "offerId" LIMIT ${Math.floor(offers / 20)})`,
  );
  console.log(`${label}: ${await db.offer.count()} offers, ${await db.offerTranslation.count()} text rows`);
  const progress = await timed("counts of every language (fresh)", async () => {
    await bumpPublicVersion(db);
    return translationProgress();
  });
  await timed("counts of every language (kept)", () => translationProgress());
  for (const p of progress.filter((p) => ["ar", "fa"].includes(p.locale)))
    console.log(`  ${p.locale}: ${JSON.stringify(p.byKind.offer)}`);
  for (const state of ["outdated", "missing", "machine"] as const) {
    await timed(`queue ar ${state}, page 1`, () => translationQueue("ar", "offer", state, 1));
    await timed(`queue ar ${state}, page 50`, () => translationQueue("ar", "offer", state, 50));
  }
  const [first] = await translationQueue("ar", "offer", "outdated", 1);
  if (first) await timed("one record side by side", () => translationView("offer", first.id, "ar"));
  await db.$disconnect();
}

async function main() {
  const target = process.env.BENCH_TRANSLATIONS_TARGET;
  if (target) return measure(target);
  await onFreshDatabases("translations", (url, label) =>
    measureIn(url, label, {
      script: __filename,
      args: ["--offers", String(offers)],
      marker: "BENCH_TRANSLATIONS_TARGET",
      offers,
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
