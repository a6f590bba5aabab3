// Search across languages, the same on SQLite and PostgreSQL: a word in the reader's language finds
// German-only offers of the concept it names (category names and the synonyms coordinators keep),
// texts rank above the concept alone, other word forms are found by their stems, and expanding a
// word never changes its meaning.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db, dbKind } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOffers } from "@/lib/offers/listing";
import { findOffers } from "@/lib/offers/queries";
import { reindexOffers } from "@/lib/search/indexer";
import { searchIndexVersion } from "@/lib/search/query";
import { addSynonym, deleteSynonym, listSynonymsForAdmin } from "@/lib/search/synonyms";
import { seedReferenceOnly } from "@/tests/support/seed";

type Text = { title: string; summary: string; status?: "machine" | "reviewed" };

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;

async function createOffer(slug: string, categories: string[], texts: Partial<Record<Locale, Text>>) {
  const org = await db.organization.create({
    data: { slug: `org-${slug}`, name: `Träger ${slug}`, type: "welfare_association" },
  });
  const terms = await db.taxonomyTerm.findMany({ where: { taxonomy: "category", code: { in: categories } } });
  const offer = await db.offer.create({
    data: {
      slug,
      organizationId: org.id,
      status: "published",
      lastVerifiedAt: new Date(),
      translations: { create: Object.entries(texts).map(([locale, t]) => ({ locale, ...t })) },
      terms: { create: terms.map((t) => ({ termId: t.id })) },
      languages: { create: [{ code: "de" }] },
    },
  });
  await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
  return offer;
}

const search = (q: string, locale: Locale = "de") => findOffers(parseOfferFilter({ q }), locale);
const slugs = async (q: string, locale: Locale = "de") => (await search(q, locale)).offers.map((o) => o.slug);

beforeAll(async () => {
  await seedReferenceOnly();
  const org = await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } });
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: org.id },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: org.id };

  await createOffer("rucksack-kita", ["parents-children"], {
    de: {
      title: "Rucksack KiTa: Elterngruppe",
      summary: "Eltern treffen sich in der Kita und stärken die Sprache ihrer Kinder.",
    },
  });
  await createOffer("eltern-cafe", ["parents-children"], {
    de: { title: "Elterncafé", summary: "Austausch für Mütter und Väter beim Frühstück." },
  });
  await createOffer("fussball-schnuppern", ["leisure-sport"], {
    de: { title: "Jugendfußball: Schnuppertraining", summary: "Kicken für Kinder und Jugendliche." },
    ar: { title: "كرة القدم للأطفال", summary: "رياضة للأطفال والشباب." },
  });
  await createOffer("aufenthaltstitel", ["legal"], {
    de: { title: "Aufenthaltstitel beantragen", summary: "Termin beim Ausländeramt." },
    uk: { title: "Подання заяви на отримання дозволу на проживання", summary: "Запис у відомство." },
  });
  await createOffer("nähcafe", ["leisure-sport"], {
    de: { title: "Nähcafé", summary: "Gemeinsam nähen." },
    fa: { title: "کافه خیاطی", summary: "با هم خیاطی می‌کنیم.", status: "machine" },
  });
});

describe(`search across languages on ${dbKind}`, () => {
  it("finds German-only offers of a concept from a word in the reader's language", async () => {
    expect(await slugs("садочок", "uk")).toEqual(expect.arrayContaining(["rucksack-kita", "eltern-cafe"]));
    expect(await slugs("حضانة", "ar")).toEqual(expect.arrayContaining(["rucksack-kita", "eltern-cafe"]));
    expect(await slugs("مهد کودک", "fa")).toEqual(expect.arrayContaining(["rucksack-kita", "eltern-cafe"]));
  });

  it("ranks an offer whose text holds the word, or a synonym of it, above one found by its category alone", async () => {
    expect(await slugs("Kita")).toEqual(["rucksack-kita", "eltern-cafe"]);
    // "садочок" is in no text; its synonym "Kita" is, in German.
    expect(await slugs("садочок", "uk")).toEqual(["rucksack-kita", "eltern-cafe"]);
  });

  it("reads رياض الأطفال as kindergartens, not as sport for children", async () => {
    const found = await slugs("رياض الأطفال", "ar");
    expect(found).toContain("rucksack-kita");
    expect(found).not.toContain("fussball-schnuppern");
    expect(await slugs("رياضة", "ar")).toContain("fussball-schnuppern");
  });

  it("pages a word that more offers hold than are counted as if every match were read", async () => {
    const version = await searchIndexVersion();
    // One result a page; counting stops at one offer, so every word here is read only as deep as
    // the page asked for, phrases too (word by word first, then as the concept).
    const pages = async (q: string, locale: Locale, countLimit: number) => {
      const out: string[][] = [];
      for (let page = 1; page <= 4; page++) {
        const filter = parseOfferFilter({ q, page: String(page) });
        out.push((await listOffers(filter, locale, version, { pageSize: 1, countLimit })).rows.map((r) => r.id));
      }
      return out;
    };
    const queries: Array<[string, Locale]> = [
      ["Kita", "de"],
      ["Eltern", "de"],
      ["садочок", "uk"],
      ["رياض الأطفال", "ar"],
      ["дозвіл на проживання", "uk"],
    ];
    for (const [q, locale] of queries) {
      const counted = await pages(q, locale, 1);
      expect(counted.flat().length).toBeGreaterThan(0);
      expect(counted).toEqual(await pages(q, locale, 1000));
    }
  });

  it("finds another form of a word by its stem", async () => {
    expect(await slugs("дозвіл на проживання", "uk")).toEqual(["aufenthaltstitel"]);
    expect(await slugs("Aufenthaltstiteln")).toEqual(["aufenthaltstitel"]);
  });

  it("indexes machine-translated texts like any other", async () => {
    expect(await slugs("خیاطی", "fa")).toEqual(["nähcafe"]);
  });

  it("says words back as typed and names the concepts of a query that found nothing", async () => {
    const none = await search("Kita Schnuppertraining");
    expect(none.total).toBe(0);
    expect(none.unmatchedWords).toEqual([]);
    expect(none.concepts.map((c) => c.code)).toContain("parents-children");
    const unknown = await search("Ausländerbehörde Zyxwvü");
    expect(unknown.unmatchedWords).toEqual(["Zyxwvü"]);
  });
});

describe(`the synonym list on ${dbKind}`, () => {
  it("refuses an editor and stores nothing", async () => {
    const term = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "housing" } });
    expect(await addSynonym({ termId: term.id, word: "Bude", locale: "de" }, editor)).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    expect(await db.searchSynonym.count({ where: { word: "Bude" } })).toBe(0);
  });

  it("a new synonym finds the concept's offers at the next search, a deleted one no longer does", async () => {
    expect(await slugs("Krabbelstube")).toEqual([]);
    const term = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "parents-children" } });
    const added = await addSynonym({ termId: term.id, word: "Krabbelstube", locale: "de" }, coordinator);
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(await slugs("Krabbelstube")).toEqual(expect.arrayContaining(["rucksack-kita", "eltern-cafe"]));
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: added.data.id, action: "create" } });
    expect(audit).toMatchObject({ entityType: "SearchSynonym", userId: coordinator.id });
    const listed = (await listSynonymsForAdmin("de")).find((g) => g.termId === term.id);
    expect(listed?.synonyms.map((s) => s.word)).toContain("Krabbelstube");

    expect(await deleteSynonym({ id: added.data.id }, coordinator)).toMatchObject({ ok: true });
    expect(await slugs("Krabbelstube")).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityId: added.data.id, action: "delete" } })).toBe(1);
  });

  it("refuses the same word twice for a term, however it is capitalised", async () => {
    const term = await db.taxonomyTerm.findFirstOrThrow({ where: { code: "parents-children" } });
    expect(await addSynonym({ termId: term.id, word: "KITA", locale: "" }, coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { word: ["duplicate"] },
    });
  });
});
