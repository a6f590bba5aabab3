// `npm run seed:synthetic -- --offers 100000 [--clear]`: fills the database named by DATABASE_URL
// with realistic, varied synthetic organisations and offers for benchmarks. Records are marked by
// an externalId "synthetic:…" and a slug "syn-…"; --clear removes earlier synthetic records first.
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { createDb, type Db } from "../lib/db/client";
import { resolveDatabase } from "../lib/db/url";
import { statisticalFeatures, districtForStatisticalCode } from "../lib/geo/districts";
import { seedReference, seedProgrammes } from "../prisma/seed/reference";
import { insertRows } from "../lib/db/insert-rows";
import { organisationNameKeys } from "../lib/duplicates/normalise";
import { offerIndex, type OfferIndex } from "../lib/search/documents";
import { appendIndex } from "../lib/search/index-writer";
import { termNames } from "../lib/search/indexer";
import { words } from "./synthetic/words";
import { stampTranslations } from "../lib/translations/stamp";

type Args = { offers: number; clear: boolean; seed: number };

function parseArgs(argv: string[]): Args {
  const args: Args = { offers: 10_000, clear: false, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--offers" || arg === "--seed") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number, got "${argv[i]}"`);
      if (arg === "--offers") args.offers = value;
      else args.seed = value;
    } else if (arg === "--clear") args.clear = true;
    else throw new Error(`unknown argument "${arg}" (use --offers N, --seed N, --clear)`);
  }
  return args;
}

/** mulberry32: small, fast and reproducible for a given --seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  return { next, pick, some };
}

async function clearSynthetic(db: Db) {
  const offers = { externalId: { startsWith: "synthetic:" } };
  // Search rows of removed offers are never shown (searches join "Offer"); rebuild the index
  // afterwards with a seed or an edit if the space matters.
  await db.offer.deleteMany({ where: offers });
  await db.location.deleteMany({ where: offers });
  await db.organization.deleteMany({ where: offers });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rnd = random(args.seed);
  const db = createDb();
  const started = performance.now();
  try {
    if ((await db.taxonomyTerm.count()) === 0) {
      await db.$transaction(async (tx) => {
        await seedReference(tx);
        await seedProgrammes(tx);
      });
    }
    if (args.clear) await clearSynthetic(db);

    const stamp = Date.now().toString(36);
    // Raw inserts skip Prisma's client-side defaults (ids, @updatedAt), so they are set here.
    const now = new Date();
    const timestamps = { createdAt: now, updatedAt: now };
    const districtIds = new Map((await db.district.findMany()).map((d) => [d.code, d.id]));
    const terms = await db.taxonomyTerm.findMany({ select: { id: true, taxonomy: true, code: true } });
    const categories = terms.filter((t) => t.taxonomy === "category");
    const audiences = terms.filter((t) => t.taxonomy === "audience");
    const programmes = await db.programme.findMany({ select: { id: true } });
    const termById = new Map(terms.map((t) => [t.id, t]));
    const names = await termNames(db);
    const features = statisticalFeatures();

    const orgCount = Math.max(1, Math.ceil(args.offers / 25));
    const organisations = Array.from({ length: orgCount }, (_, i) => {
      const name = `${rnd.pick(words.orgPrefixes)} ${rnd.pick(words.orgNames)} ${i}`;
      return {
        id: crypto.randomUUID(),
        slug: `syn-${stamp}-org-${i}`,
        externalId: `synthetic:${stamp}:org:${i}`,
        name,
        // As the forms store them: else the server's first minutes go to filling them in.
        ...organisationNameKeys(name),
        type: rnd.pick(words.orgTypes),
        status: "published" as const,
        lastVerifiedAt: new Date(Date.now() - rnd.next() * 700 * 86400000),
        ...timestamps,
      };
    });

    // Points are drawn inside a random Statistischer Bezirk so that districts stay truthful.
    const locations = organisations.map((org, i) => {
      const feature = rnd.pick(features);
      const ring = feature.geometry.coordinates[0]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      let point: [number, number];
      do {
        point = [
          Math.min(...xs) + rnd.next() * (Math.max(...xs) - Math.min(...xs)),
          Math.min(...ys) + rnd.next() * (Math.max(...ys) - Math.min(...ys)),
        ];
      } while (!booleanPointInPolygon(point, feature));
      const code = feature.properties.STATBEZ;
      return {
        id: crypto.randomUUID(),
        organizationId: org.id,
        externalId: `synthetic:${stamp}:loc:${i}`,
        street: `${rnd.pick(words.streets)} ${1 + Math.floor(rnd.next() * 120)}`,
        postcode: rnd.pick(words.postcodes),
        latitude: point[1],
        longitude: point[0],
        districtId: districtIds.get(districtForStatisticalCode(code)),
        statisticalDistrictId: code,
        ...timestamps,
      };
    });

    await db.$transaction(
      async (tx) => {
        await insertRows(tx, "Organization", organisations);
        await insertRows(tx, "Location", locations);

        for (let start = 0; start < args.offers; start += 5000) {
          const batch = Math.min(5000, args.offers - start);
          const offers = [];
          const translations = [];
          const offerTerms = [];
          const languages = [];
          const offerLocations = [];
          const schedules = [];
          const index: OfferIndex[] = [];
          for (let n = start; n < start + batch; n++) {
            const id = crypto.randomUUID();
            const orgIndex = Math.floor(rnd.next() * organisations.length);
            const topic = rnd.pick(words.topics);
            const place = rnd.pick(words.places);
            const status = rnd.next() < 0.95 ? ("published" as const) : ("draft" as const);
            offers.push({
              id,
              slug: `syn-${stamp}-${n}`,
              externalId: `synthetic:${stamp}:offer:${n}`,
              organizationId: organisations[orgIndex]!.id,
              programmeId: rnd.next() < 0.1 ? rnd.pick(programmes).id : null,
              status,
              free: rnd.next() < 0.8,
              minAge: rnd.next() < 0.3 ? rnd.pick([0, 1, 6, 12, 16, 18]) : null,
              registrationRequired: rnd.next() < 0.4,
              lastVerifiedAt: new Date(Date.now() - rnd.next() * 700 * 86400000),
              ...timestamps,
            });
            const firstTranslation = translations.length;
            const firstTerm = offerTerms.length;
            const firstLanguage = languages.length;
            const texts: Array<{ offerId: string; locale: string; title: string; summary: string; description?: string }> = [];
            texts.push({
              offerId: id,
              locale: "de",
              title: `${topic.de} ${place}`,
              summary: `${rnd.pick(words.summaries)} ${topic.de.toLowerCase()} in ${place}.`,
              description: `${topic.de} für ${rnd.pick(words.groupsDe)}. ${rnd.pick(words.details)}`,
            });
            if (rnd.next() < 0.5)
              texts.push({
                offerId: id,
                locale: "en",
                title: `${topic.en} ${place}`,
                summary: `${topic.en} in ${place}.`,
              });
            if (rnd.next() < 0.3)
              texts.push({
                offerId: id,
                locale: "ar",
                title: `${topic.ar} ${place}`,
                summary: `${topic.ar} في ${place}.`,
              });
            // Synthetic translations count as reviewed and current, as the demo's do.
            const meta = stampTranslations("offer", Object.fromEntries(texts.map((t) => [t.locale, t])), []);
            for (const t of texts) translations.push({ ...t, description: t.description ?? null, ...meta[t.locale]! });
            for (const term of [rnd.pick(categories), ...rnd.some(audiences, 1, 2)])
              offerTerms.push({ offerId: id, termId: term.id });
            for (const code of rnd.some(words.languages, 1, 3)) languages.push({ offerId: id, code });
            offerLocations.push({ id: crypto.randomUUID(), offerId: id, locationId: locations[orgIndex]!.id });
            const firstSchedule = schedules.length;
            for (let s = 0; s < Math.floor(rnd.next() * 3); s++) {
              const hour = 8 + Math.floor(rnd.next() * 10);
              schedules.push({
                id: crypto.randomUUID(),
                offerId: id,
                weekday: 1 + Math.floor(rnd.next() * 6),
                opensAt: `${String(hour).padStart(2, "0")}:00`,
                closesAt: `${String(hour + 2).padStart(2, "0")}:00`,
                interval: rnd.next() < 0.15 ? 2 : 1,
              });
            }
            // Only public offers are indexed (lib/offers/visibility.ts); the providers are published.
            if (status === "published") {
              const place = locations[orgIndex]!;
              const offer = offers[offers.length - 1]!;
              index.push(
                offerIndex({
                  ...offer,
                  validUntil: null,
                  provider: organisations[orgIndex]!,
                  translations: translations.slice(firstTranslation),
                  terms: offerTerms.slice(firstTerm).map((t) => ({ ...termById.get(t.termId)!, names: names.get(t.termId) ?? [] })),
                  languages: languages.slice(firstLanguage).map((l) => l.code),
                  places: [{ locationId: place.id, latitude: place.latitude, longitude: place.longitude, districtId: place.districtId ?? null }],
                  schedules: schedules.slice(firstSchedule),
                }),
              );
            }
          }
          await insertRows(tx, "Offer", offers);
          await insertRows(tx, "OfferTranslation", translations);
          await insertRows(tx, "OfferTerm", offerTerms);
          await insertRows(tx, "OfferLanguage", languages);
          await insertRows(tx, "OfferLocation", offerLocations);
          await insertRows(tx, "Schedule", schedules);
          await appendIndex(tx, index);
        }
      },
      { timeout: 30 * 60_000, maxWait: 10_000 },
    );
    // Planners need statistics after a bulk load. Without them SQLite reads the public offers of a
    // whole catalogue through the status index where an organisation's few would do (326 ms instead
    // of 17 ms for a page of 25 partners at 100,000 offers). PostgreSQL answers from an index alone
    // only for pages its visibility map marks as all-visible, which a bulk load leaves stale.
    await db.$executeRawUnsafe(resolveDatabase().kind === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`synthetic: ${args.offers} offers, ${organisations.length} organisations in ${seconds} s`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
