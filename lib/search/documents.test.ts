import { describe, expect, it } from "vitest";
import { filterKey, isWord, offerIndex, type OfferIndexSource } from "./documents";
import { timeKey } from "./time-keys";

const source = (changes: Partial<OfferIndexSource> = {}): OfferIndexSource => ({
  id: "offer-1",
  slug: "deutschkurs",
  free: true,
  lastVerifiedAt: new Date("2026-11-01T00:00:00Z"),
  validUntil: null,
  programmeId: null,
  provider: { slug: "vhs", name: "Volkshochschule Aachen" },
  translations: [
    { locale: "de", title: "Deutschkurs", summary: "Ein Sprachkurs am Abend.", description: null },
    { locale: "ar", title: "دورة اللغة الألمانية", summary: "دورة مسائية.", description: null },
  ],
  terms: [
    { id: "t-language", taxonomy: "category", names: ["Sprache lernen", "تعلم اللغة"] },
    { id: "t-women", taxonomy: "audience", names: ["Frauen"] },
  ],
  languages: ["de", "ar"],
  places: [{ locationId: "l1", latitude: 50.77, longitude: 6.08, districtId: "d-mitte" }],
  ...changes,
});

const weightOf = (s: OfferIndexSource, key: string) => offerIndex(s).postings.find((p) => p.key === key)?.weight ?? 0;

describe("the search index of one offer", () => {
  it("weighs a word in a short title above the same word in a long title, and both above the text", () => {
    const short = weightOf(source(), "deutschkurs");
    const long = weightOf(
      source({
        translations: [
          { locale: "de", title: "Deutschkurs für alle am Abend im Stadtteil", summary: "", description: null },
        ],
      }),
      "deutschkurs",
    );
    const text = weightOf(source(), "sprachkurs");
    expect(short).toBeGreaterThan(long);
    expect(long).toBeGreaterThan(text);
    expect(text).toBeGreaterThan(weightOf(source(), "volkshochschule"));
  });

  it("finds an offer by its provider and its categories' names in every language", () => {
    const words = offerIndex(source())
      .postings.filter((p) => isWord(p.key))
      .map((p) => p.key);
    expect(words).toEqual(expect.arrayContaining(["volkshochschule", "تعلم", "frauen", "الالمانیه"]));
  });

  it("holds every filter value as a key, and says when an offer has no place", () => {
    const keys = offerIndex(source())
      .postings.filter((p) => !isWord(p.key))
      .map((p) => p.key);
    expect(keys.sort()).toEqual(
      [
        filterKey.public,
        filterKey.free,
        filterKey.term("t-language"),
        filterKey.term("t-women"),
        filterKey.language("de"),
        filterKey.language("ar"),
        filterKey.district("d-mitte"),
        // no age limit: for everyone (lib/search/time-keys.ts)
        timeKey.anyAge,
      ].sort(),
    );
    const nowhere = offerIndex(source({ places: [], free: false })).postings.map((p) => p.key);
    expect(nowhere).toContain(filterKey.noPlace);
    expect(nowhere).not.toContain(filterKey.free);
  });

  it("writes a card per locale the offer is written in, with its categories but not its audiences", () => {
    const { cards, places } = offerIndex(source());
    expect(cards.map((c) => [c.locale, c.title])).toEqual([
      ["de", "Deutschkurs"],
      ["ar", "دورة اللغة الألمانية"],
    ]);
    expect(cards[0]).toMatchObject({
      termIds: "t-language",
      languages: "ar de",
      districtId: "d-mitte",
      providerName: "Volkshochschule Aachen",
    });
    // A place carries its offer's recency and end, so that "near me" ranks from the place alone.
    expect(places).toEqual([
      {
        offerId: "offer-1",
        locationId: "l1",
        latitude: 50.77,
        longitude: 6.08,
        recency: new Date("2026-11-01T00:00:00Z").getTime(),
        until: null,
      },
    ]);
    const ending = new Date("2027-03-31T00:00:00Z");
    expect(offerIndex(source({ validUntil: ending })).places[0]).toMatchObject({ until: ending });
  });
});
