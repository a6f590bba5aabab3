// Search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector): the same offers, found the
// same forgiving ways, in the same order.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOffers } from "@/lib/offers/listing";
import { findOffers } from "@/lib/offers/queries";
import { searchIndexVersion } from "@/lib/search/query";
import { reindexOffers } from "@/lib/search/indexer";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

type Spec = {
  slug: string;
  provider?: string;
  de: { title: string; summary: string; description?: string };
  ar?: { title: string; summary: string };
  categories?: string[];
  languages?: string[];
  free?: boolean;
  programme?: string;
  status?: "published" | "draft";
  at?: [number, number];
};

async function createOffer(spec: Spec) {
  const org = await db.organization.create({
    data: { slug: `org-${spec.slug}`, name: spec.provider ?? `Träger ${spec.slug}`, type: "welfare_association" },
  });
  const [lat, lng] = spec.at ?? [50.7766, 6.0834];
  const district = await db.district.findUniqueOrThrow({ where: { code: lat > 50.79 ? "haaren" : "mitte" } });
  const location = await db.location.create({
    data: {
      organizationId: org.id,
      street: "Teststraße 1",
      postcode: "52062",
      latitude: lat,
      longitude: lng,
      districtId: district.id,
    },
  });
  const terms = await db.taxonomyTerm.findMany({
    where: { taxonomy: "category", code: { in: spec.categories ?? [] } },
  });
  const programme = spec.programme ? await db.programme.findUniqueOrThrow({ where: { slug: spec.programme } }) : null;
  const offer = await db.offer.create({
    data: {
      slug: spec.slug,
      organizationId: org.id,
      status: spec.status ?? "published",
      free: spec.free ?? true,
      programmeId: programme?.id,
      lastVerifiedAt: new Date(),
      translations: { create: [{ locale: "de", ...spec.de }, ...(spec.ar ? [{ locale: "ar", ...spec.ar }] : [])] },
      terms: { create: terms.map((t) => ({ termId: t.id })) },
      languages: { create: (spec.languages ?? ["de"]).map((code) => ({ code })) },
      locations: { create: [{ locationId: location.id }] },
    },
  });
  await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
  return offer;
}

const search = async (params: Record<string, string>, locale: "de" | "ar" | "en" = "de") =>
  findOffers(parseOfferFilter(params), locale);
const slugs = async (params: Record<string, string>, locale: "de" | "ar" | "en" = "de") =>
  (await search(params, locale)).offers.map((o) => o.slug);

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  await createOffer({
    slug: "deutschkurs-a1",
    de: { title: "Deutschkurs A1 für Anfänger", summary: "Deutsch lernen von Anfang an." },
    ar: { title: "دورة اللغة الألمانية A1", summary: "تعلم الألمانية من البداية." },
    categories: ["language"],
    languages: ["de", "ar"],
  });
  await createOffer({
    slug: "integrationskurs-haaren",
    provider: "Café Müller e. V.",
    de: { title: "Integrationskurs", summary: "Sprache und Orientierung in Haaren." },
    categories: ["language"],
    free: false,
    at: [50.7966, 6.1252],
  });
  await createOffer({
    slug: "beratung-mit-deutschkurs-hinweis",
    de: { title: "Migrationsberatung", summary: "Wir helfen auch, einen Deutschkurs zu finden." },
    categories: ["counselling"],
    languages: ["de", "fa"],
  });
  await createOffer({
    slug: "griffbereit-gruppe",
    provider: "Familienzentrum Nord",
    de: { title: "Griffbereit Eltern-Kind-Gruppe", summary: "Spielen und Sprechen für Kinder von 1 bis 3." },
    categories: ["parents-children"],
    languages: ["tr", "de"],
    programme: "griffbereit",
  });
  await createOffer({
    slug: "entwurf-deutschkurs",
    de: { title: "Deutschkurs (Entwurf)", summary: "Noch nicht veröffentlicht." },
    status: "draft",
  });
});

describe(`offer search on ${dbKind}`, () => {
  it("finds offers by a German word and ranks a title match above a mention, and both above the concept alone", async () => {
    // "Deutschkurs" is a synonym of the language category: the Integrationskurs, which does not
    // mention it, comes after the offers whose texts do.
    expect(await slugs({ q: "Deutschkurs" })).toEqual([
      "deutschkurs-a1",
      "beratung-mit-deutschkurs-hinweis",
      "integrationskurs-haaren",
    ]);
  });

  it("finds German-only offers from the Arabic interface, and Arabic text too", async () => {
    expect(await slugs({ q: "Migrationsberatung" }, "ar")).toEqual(["beratung-mit-deutschkurs-hinweis"]);
    expect(await slugs({ q: "الألمانية" }, "ar")).toEqual(["deutschkurs-a1"]);
    const [first] = (await search({ q: "Deutschkurs" }, "ar")).offers;
    expect(first).toMatchObject({ title: "دورة اللغة الألمانية A1", isFallback: false });
  });

  it("finds offers by a category name in another language", async () => {
    // "تعلم اللغة" is the Arabic name of the category "Sprache lernen".
    expect(await slugs({ q: "تعلم اللغة" }, "ar")).toEqual(expect.arrayContaining(["deutschkurs-a1", "integrationskurs-haaren"]));
  });

  it("ignores case and accents and accepts spelled-out umlauts", async () => {
    expect(await slugs({ q: "MUELLER" })).toEqual(["integrationskurs-haaren"]);
    expect(await slugs({ q: "cafe muller" })).toEqual(["integrationskurs-haaren"]);
    expect(await slugs({ q: "anfaenger" })).toEqual(["deutschkurs-a1"]);
  });

  it("forgives typos and finds words inside compounds", async () => {
    expect(await slugs({ q: "Deutschkurz" })).toEqual(["deutschkurs-a1", "beratung-mit-deutschkurs-hinweis"]);
    expect((await slugs({ q: "kurs" })).sort()).toEqual([
      "beratung-mit-deutschkurs-hinweis",
      "deutschkurs-a1",
      "integrationskurs-haaren",
    ]);
  });

  it("says which word matched nothing, as it was typed", async () => {
    const result = await search({ q: "Deutschkurs Zyxwvut" });
    expect(result.total).toBe(0);
    expect(result.unmatchedWords).toEqual(["Zyxwvut"]);
  });

  it("never shows drafts", async () => {
    expect(await slugs({ q: "Entwurf" })).toEqual([]);
  });

  it("combines the query with filters and counts the matches", async () => {
    expect(await slugs({ q: "kurs", free: "1" })).not.toContain("integrationskurs-haaren");
    expect(await slugs({ q: "kurs", category: "language", district: "haaren" })).toEqual(["integrationskurs-haaren"]);
    expect(await slugs({ language: "fa" })).toEqual(["beratung-mit-deutschkurs-hinweis"]);
    expect(await slugs({ programme: "ifkuf" })).toEqual(["griffbereit-gruppe"]);
    expect((await search({ category: "language" })).total).toBe(2);
  });

  it("stops counting at the limit and says the count is a lower bound", async () => {
    const version = await searchIndexVersion();
    const capped = await listOffers(parseOfferFilter({ q: "kurs" }), "de", version, { countLimit: 2 });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(capped.rows).toHaveLength(3);
    const exact = await listOffers(parseOfferFilter({ q: "kurs" }), "de", version, { countLimit: 3 });
    expect(exact).toMatchObject({ total: 3, totalIsLowerBound: false });
  });

  it("sorts by distance from a chosen point", async () => {
    const result = await search({ category: "language", near: "50.7970,6.1250", sort: "distance" });
    expect(result.sort).toBe("distance");
    expect(result.offers.map((o) => o.slug)).toEqual(["integrationskurs-haaren", "deutschkurs-a1"]);
    expect(result.offers[0]!.distanceKm).toBeLessThan(0.2);
  });

  it("follows edits immediately", async () => {
    const offer = await db.offer.findUniqueOrThrow({ where: { slug: "griffbereit-gruppe" } });
    expect(await slugs({ q: "Krabbelgruppe" })).toEqual([]);
    expect(await slugs({ q: "Griffbereit" })).toEqual(["griffbereit-gruppe"]);
    await db.offerTranslation.update({
      where: { offerId_locale: { offerId: offer.id, locale: "de" } },
      data: { title: "Krabbelgruppe" },
    });
    await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
    expect(await slugs({ q: "Krabbelgruppe" })).toEqual(["griffbereit-gruppe"]);
    expect(await slugs({ q: "Griffbereit" })).toEqual([]);
  });
});
