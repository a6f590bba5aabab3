// A search reads a bounded part of the index (lib/search/postings.ts). These cases hold the
// bounds to the promises they must keep, on SQLite and PostgreSQL alike: the best offers come
// first however many weaker ones share a word, "near me" is exact at the edges of its box, counts
// say honestly when they stopped, and the facet counts follow every write.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { db, dbKind } from "@/lib/db";
import { insertRows } from "@/lib/db/insert-rows";
import { KM_PER_DEGREE } from "@/lib/geo/distance";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOffers } from "@/lib/offers/listing";
import { findOffers } from "@/lib/offers/queries";
import { CANDIDATES, distanceKm, FIRST_RADIUS_KM } from "@/lib/search/postings";
import { reindexOffers } from "@/lib/search/indexer";
import { searchIndexVersion } from "@/lib/search/query";
import { bumpPublicVersion } from "@/lib/search/version";
import { listTerms } from "@/lib/taxonomy/directory";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const MANY = 5000;
const centre = { lat: 50.7766, lng: 6.0834 };
const day = 86_400_000;

type Bulk = {
  slug: string;
  title: string;
  summary: string;
  verifiedDaysAgo: number;
  category?: string;
  at?: { lat: number; lng: number } | null;
};

let org: { id: string };
let termIds: Map<string, string>;

/** Creates offers with plain inserts and indexes them through the indexer, as an import does. */
async function createOffers(specs: Bulk[]): Promise<string[]> {
  const now = new Date();
  const rows = specs.map((spec) => ({ ...spec, id: crypto.randomUUID() }));
  const places = rows.flatMap((r) =>
    r.at === null ? [] : [{ offerId: r.id, location: { id: crypto.randomUUID(), ...(r.at ?? centre) } }],
  );
  await insertRows(
    db,
    "Location",
    places.map((p) => ({
      id: p.location.id,
      organizationId: org.id,
      street: "Teststraße 1",
      postcode: "52062",
      city: "Aachen",
      latitude: p.location.lat,
      longitude: p.location.lng,
      status: "published",
      createdAt: now,
      updatedAt: now,
    })),
  );
  await insertRows(
    db,
    "Offer",
    rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      organizationId: org.id,
      status: "published",
      free: true,
      registrationRequired: false,
      lastVerifiedAt: new Date(now.getTime() - r.verifiedDaysAgo * day),
      createdAt: now,
      updatedAt: now,
    })),
  );
  await insertRows(
    db,
    "OfferTranslation",
    rows.map((r) => ({ offerId: r.id, locale: "de", title: r.title, summary: r.summary })),
  );
  await insertRows(
    db,
    "OfferTerm",
    rows.flatMap((r) => (r.category ? [{ offerId: r.id, termId: termIds.get(r.category)! }] : [])),
  );
  await insertRows(
    db,
    "OfferLocation",
    places.map((p) => ({ id: crypto.randomUUID(), offerId: p.offerId, locationId: p.location.id })),
  );
  const ids = rows.map((r) => r.id);
  await db.$transaction((tx) => reindexOffers(tx, dbKind, ids), { timeout: 120_000 });
  return ids;
}

/**
 * Ends these offers three days ago the way time does: their rows say so, but no write reindexes
 * them, so the vocabulary still counts them.
 */
async function endBehindTheIndex(ids: string[]) {
  const until = new Date(Date.now() - 3 * day);
  await db.offer.updateMany({ where: { id: { in: ids } }, data: { validUntil: until } });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "SearchCard" SET "until" = ${until} WHERE "offerId" IN (${Prisma.join(ids)})`;
    await tx.$executeRaw`UPDATE "SearchPosting" SET "until" = ${until} WHERE "offerId" IN (${Prisma.join(ids)})`;
    await bumpPublicVersion(tx);
  });
}

const slugs = async (params: Record<string, string>) =>
  (await findOffers(parseOfferFilter(params), "de")).offers.map((o) => o.slug);

/** A point `north` and `east` km from the centre. */
const offset = (north: number, east: number) => ({
  lat: centre.lat + north / KM_PER_DEGREE,
  lng: centre.lng + east / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180)),
});

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  termIds = new Map((await db.taxonomyTerm.findMany({ where: { taxonomy: "category" } })).map((t) => [t.code, t.id]));
  org = await db.organization.create({
    data: { slug: "traeger", name: "Träger Nord", type: "welfare_association", status: "published" },
  });
  // Many weak matches, verified recently: "lernhilfe" only in the text, "nachhilfeangebot" (a
  // longer form of "nachhilfe") in long titles. Far away, so that "near me" finds them last.
  await createOffers(
    Array.from({ length: MANY }, (_, i) => ({
      slug: `treff-${i}`,
      title: `Offener Treff im Viertel Nummer ${i} mit Nachhilfeangebot für alle`,
      summary: "Wir bieten auch Lernhilfe an.",
      verifiedDaysAgo: i % 50,
      category: "youth",
      at: offset(30, 30),
    })),
  );
  // The few strong matches: verified long ago, created last.
  await createOffers([
    { slug: "lernhilfe", title: "Lernhilfe", summary: "Für Schulkinder.", verifiedDaysAgo: 900, at: offset(30, 30) },
    {
      slug: "lernhilfe-mathe",
      title: "Lernhilfe Mathe",
      summary: "Für Schulkinder.",
      verifiedDaysAgo: 800,
      at: offset(30, 30),
    },
    { slug: "nachhilfe", title: "Nachhilfe", summary: "Für Schulkinder.", verifiedDaysAgo: 900, at: offset(30, 30) },
  ]);
}, 300_000);

describe(`bounded search on ${dbKind}`, () => {
  it("a word in thousands of offers still lists the best matches first", async () => {
    expect(MANY).toBeGreaterThan(CANDIDATES);
    const found = await slugs({ q: "lernhilfe" });
    expect(found.slice(0, 2)).toEqual(["lernhilfe", "lernhilfe-mathe"]);
    expect(found).toHaveLength(20);
  });

  it("does not lose the offer that matches as typed among many longer forms", async () => {
    expect((await slugs({ q: "nachhilfe" }))[0]).toBe("nachhilfe");
    expect((await slugs({ q: "Nachhilfe Schulkinder" }))[0]).toBe("nachhilfe");
  });

  it("says 'at least' when it stopped counting, and counts exactly below the limit", async () => {
    const many = await findOffers(parseOfferFilter({ q: "lernhilfe" }), "de");
    expect(many).toMatchObject({ total: 1000, totalIsLowerBound: true, pageCount: 50 });
    const filtered = await findOffers(parseOfferFilter({ category: "youth" }), "de");
    expect(filtered).toMatchObject({ total: 1000, totalIsLowerBound: true });
    const few = await findOffers(parseOfferFilter({ q: "Schulkinder" }), "de");
    expect(few).toMatchObject({ total: 3, totalIsLowerBound: false });
  });

  it("reads a word more offers hold than are counted only as deep as its page, with the same pages", async () => {
    const version = await searchIndexVersion();
    const page = async (n: number, countLimit: number) =>
      (await listOffers(parseOfferFilter({ q: "lernhilfe", page: String(n) }), "de", version, { countLimit })).rows.map(
        (r) => r.id,
      );
    for (const n of [1, 2, 7]) {
      // Counted to 1,000, "lernhilfe" (5,000 offers) says "1000+" and reads the best 20n; counted
      // to 10,000 it reads the best 300 to count them exactly.
      const shallow = await page(n, 1000);
      expect(shallow).toHaveLength(20);
      expect(shallow).toEqual(await page(n, 10_000));
    }
  });

  it("counts a word exactly on every page when most of its offers have ended since they were indexed", async () => {
    const ids = await createOffers(
      Array.from({ length: 30 }, (_, i) => ({
        slug: `zitronenfalter-${i}`,
        title: `Zitronenfalter-Führung ${i}`,
        summary: "Schmetterlinge im Park.",
        verifiedDaysAgo: i,
        at: offset(30, 30),
      })),
    );
    // 25 of the 30 ended three days ago: their rows say so, the vocabulary still counts 30.
    const ended = ids.slice(5);
    await endBehindTheIndex(ended);
    const version = await searchIndexVersion();
    // Counting stops at 20 here: the 30 the vocabulary counts would pass it, the 5 running do not.
    for (const page of ["1", "2", "3"]) {
      const listed = await listOffers(parseOfferFilter({ q: "Zitronenfalter", page }), "de", version, {
        pageSize: 2,
        countLimit: 20,
      });
      expect(listed, `page ${page}`).toMatchObject({ total: 5, totalIsLowerBound: false });
      expect(listed.rows.every((r) => !ended.includes(r.id))).toBe(true);
    }
  });

  it("says at least as many as are still running, on every page, for a word read in part", async () => {
    const ids = await createOffers(
      Array.from({ length: 700 }, (_, i) => ({
        slug: `mondschein-${i}`,
        title: `Mondscheintreff ${i}`,
        summary: "Abends im Park.",
        verifiedDaysAgo: i % 40,
        at: offset(30, 30),
      })),
    );
    await endBehindTheIndex(ids.slice(400));
    // 400 running, 700 in the vocabulary; a page reads 300 deep, so it says "at least 400".
    for (const page of ["1", "15", "20"]) {
      const listed = await findOffers(parseOfferFilter({ q: "Mondscheintreff", page }), "de");
      expect(listed, `page ${page}`).toMatchObject({ total: 400, totalIsLowerBound: true, pageCount: 20 });
    }
  });

  it("counts a search of a few hundred matches exactly, the same on every page", async () => {
    await createOffers(
      Array.from({ length: 150 }, (_, i) => ({
        slug: `zebra-${i}`,
        title: `Zebrastreifen-Training ${i}`,
        summary: "Sicher über die Straße.",
        verifiedDaysAgo: i,
        at: offset(30, 30),
      })),
    );
    const pages = await Promise.all(
      ["1", "5", "8"].map((page) => findOffers(parseOfferFilter({ q: "Zebrastreifen", page }), "de")),
    );
    for (const page of pages) expect(page).toMatchObject({ total: 150, totalIsLowerBound: false, pageCount: 8 });
  });

  it("ranks a second word by the best form an offer holds it in", async () => {
    // "kurs" in a title outweighs every other form of it, so the offers are first looked up for
    // "kurs" alone; "Quokka-Sprachkurs" holds it only in its summary, but "sprachkurs" in its title
    // is worth more, and must still be looked up for it. The treff, verified most recently, would
    // win a tie.
    await createOffers([
      { slug: "quokka-kurs", title: "Kurs im Quokka-Gehege", summary: "Für alle.", verifiedDaysAgo: 300, at: null },
      { slug: "quokka-sprachkurs", title: "Quokka-Sprachkurs", summary: "Ein Kurs.", verifiedDaysAgo: 200, at: null },
      { slug: "quokka-treff", title: "Quokka-Treff", summary: "Ein Kurs.", verifiedDaysAgo: 1, at: null },
    ]);
    const found = await slugs({ q: "Quokka Kurs" });
    expect([...found].sort()).toEqual(["quokka-kurs", "quokka-sprachkurs", "quokka-treff"]);
    expect(found.indexOf("quokka-sprachkurs")).toBeLessThan(found.indexOf("quokka-treff"));
  });

  it("pages through filter-only results in a stable order without repeats", async () => {
    const first = await slugs({ category: "youth" });
    const third = await slugs({ category: "youth", page: "3" });
    expect(first).toHaveLength(20);
    expect(third).toHaveLength(20);
    expect(third.filter((slug) => first.includes(slug))).toEqual([]);
  });
});

describe(`near me on ${dbKind}`, () => {
  let version: number;
  beforeAll(async () => {
    const r = FIRST_RADIUS_KM;
    await createOffers([
      {
        slug: "near-inside",
        title: "Radtreff innen",
        summary: "Radfahren.",
        verifiedDaysAgo: 1,
        category: "health",
        at: offset(0.6 * r, 0),
      },
      // In a corner of the first box but outside the circle it encloses: farther than the next one.
      {
        slug: "near-corner",
        title: "Radtreff Ecke",
        summary: "Radfahren.",
        verifiedDaysAgo: 1,
        category: "health",
        at: offset(0.95 * r, 0.95 * r),
      },
      // Just outside the first box, yet nearer than its corner.
      {
        slug: "near-outside",
        title: "Radtreff außen",
        summary: "Radfahren.",
        verifiedDaysAgo: 1,
        category: "health",
        at: offset(0, 1.1 * r),
      },
      {
        slug: "near-nowhere",
        title: "Radtreff online",
        summary: "Radfahren.",
        verifiedDaysAgo: 1,
        category: "health",
        at: null,
      },
    ]);
    version = await searchIndexVersion();
  });

  const nearest = async (params: Record<string, string>, pageSize: number) =>
    (
      await listOffers(
        parseOfferFilter({ near: `${centre.lat},${centre.lng}`, sort: "distance", category: "health", ...params }),
        "de",
        version,
        { pageSize },
      )
    ).rows;

  it("orders by exact distance across the edge of the first box", async () => {
    const ids = await db.offer.findMany({ where: { slug: { startsWith: "near-" } }, select: { id: true, slug: true } });
    const slugOf = new Map(ids.map((o) => [o.id, o.slug]));
    const page = async (n: number) => (await nearest({ page: String(n) }, 2)).map((r) => slugOf.get(r.id) ?? "other");
    expect(await page(1)).toEqual(["near-inside", "near-outside"]);
    expect((await page(2))[0]).toBe("near-corner");
  });

  it("measures distances from the coordinates as stored, to the last bit", async () => {
    const stored = await db.location.findMany({
      where: { offerLocations: { some: { offer: { slug: { in: ["near-inside", "near-corner"] } } } } },
      select: { latitude: true, longitude: true },
    });
    expect(stored).toHaveLength(2);
    // Both ways a distance is read: from the box around the centre, and for the offers a search found.
    const boxed = await nearest({}, 10);
    const searched = await listOffers(
      parseOfferFilter({ q: "Radtreff", near: `${centre.lat},${centre.lng}` }),
      "de",
      version,
    );
    for (const rows of [boxed, searched.rows]) {
      const distances = rows.map((r) => r.distanceKm);
      for (const place of stored) expect(distances).toContain(distanceKm(centre, place.latitude, place.longitude));
    }
  });

  it("puts offers without a place after every offer with one", async () => {
    const found = await slugs({ q: "Radtreff", near: `${centre.lat},${centre.lng}`, sort: "distance" });
    expect(found).toEqual(["near-inside", "near-outside", "near-corner", "near-nowhere"]);
    const rows = await nearest({}, 10);
    expect(rows.map((r) => r.distanceKm === null)).toEqual([false, false, false, true]);
    expect(rows[0]!.distanceKm).toBeCloseTo(0.6 * FIRST_RADIUS_KM, 2);
    // Without a filter the many far offers come between the near ones and the one without a place.
    const all = await listOffers(
      parseOfferFilter({ near: `${centre.lat},${centre.lng}`, sort: "distance", page: "2" }),
      "de",
      version,
      { pageSize: 3 },
    );
    expect(all.rows.every((r) => r.distanceKm !== null && r.distanceKm > 30)).toBe(true);
  });
});

describe(`facet counts on ${dbKind}`, () => {
  const youth = async () => (await listTerms("category", "de")).find((t) => t.code === "youth")!.offerCount;

  it("count public offers and follow an unpublished or ended offer at once", async () => {
    expect(await youth()).toBe(MANY);
    const [unpublished, ended] = await db.offer.findMany({
      where: { slug: { in: ["treff-1", "treff-2"] } },
      select: { id: true },
    });
    await db.offer.update({ where: { id: unpublished!.id }, data: { status: "draft" } });
    await db.$transaction((tx) => reindexOffers(tx, dbKind, [unpublished!.id]));
    expect(await youth()).toBe(MANY - 1);
    // An offer indexed while it ran, whose last day has since passed, leaves the counts and the
    // results without any write to the index.
    const until = new Date(Date.now() - 3 * day);
    await db.offer.update({ where: { id: ended!.id }, data: { validUntil: until } });
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "SearchCard" SET "until" = ${until} WHERE "offerId" = ${ended!.id}`;
      await tx.$executeRaw`UPDATE "SearchPosting" SET "until" = ${until} WHERE "offerId" = ${ended!.id}`;
      await bumpPublicVersion(tx);
    });
    expect(await youth()).toBe(MANY - 2);
    const youthOffers = await listOffers(parseOfferFilter({ category: "youth" }), "de", await searchIndexVersion(), {
      pageSize: 10_000,
      countLimit: 10_000,
    });
    expect(youthOffers.total).toBe(MANY - 2);
    expect(youthOffers.rows.map((r) => r.id)).not.toContain(ended!.id);
  });
});
