// What the search index holds for one public offer: its postings (one per word and per filter
// value), a card row per locale it is written in, and its places. Built here from plain data, so
// that the indexer, the bulk seed and the tests produce exactly the same rows on both databases.
import { typedWords, type TypedWord } from "./normalize";
import { stemKeys } from "./stems";
import { timeKeys, type TimeSource } from "./time-keys";

export type OfferIndexSource = {
  id: string;
  slug: string;
  free: boolean;
  lastVerifiedAt: Date | null;
  validUntil: Date | null;
  programmeId: string | null;
  provider: { slug: string; name: string };
  translations: ReadonlyArray<{ locale: string; title: string; summary: string; description: string | null }>;
  /** every taxonomy term of the offer, with its names in every locale */
  terms: ReadonlyArray<{ id: string; taxonomy: string; names: readonly string[] }>;
  languages: readonly string[];
  /** public places only */
  places: ReadonlyArray<{ locationId: string; latitude: number; longitude: number; districtId: string | null }>;
} & TimeSource;

export type Posting = { key: string; offerId: string; weight: number; recency: number; until: Date | null };
export type Card = {
  offerId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  providerSlug: string;
  providerName: string;
  free: boolean;
  termIds: string;
  languages: string;
  districtId: string | null;
  programmeId: string | null;
  until: Date | null;
};
export type Place = {
  offerId: string;
  locationId: string;
  latitude: number;
  longitude: number;
  recency: number;
  until: Date | null;
};
export type OfferIndex = { postings: Posting[]; cards: Card[]; places: Place[] };

/** Keys of filter values contain a colon, which no folded word does. */
export const filterKey = {
  public: "offer:public",
  free: "free:yes",
  noPlace: "place:none",
  term: (id: string) => `term:${id}`,
  language: (code: string) => `language:${code}`,
  district: (id: string) => `district:${id}`,
  programme: (id: string) => `programme:${id}`,
};
export const isWord = (key: string) => !key.includes(":");

// A word in a title weighs four times one in the rest (as bm25 was weighted before). Shorter
// titles weigh more: "Deutschkurs" is a better answer to "deutschkurs" than a long title that
// also mentions it. The provider and the category names count as the rest, at half weight.
const TITLE = 4;
const TEXT = 1;
const NAMES = 0.5;

function wordWeights(source: OfferIndexSource): Map<string, number> {
  const weights = new Map<string, number>();
  const raise = (word: string, weight: number) => weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  // A word's stems weigh what the word weighs: the query that finds a form ranks it as the word.
  const raiseWithStems = (word: TypedWord, weight: number, locale?: string) => {
    raise(word.folded, weight);
    for (const key of stemKeys(word.typed, locale)) raise(key, weight);
  };
  const names = typedWords([source.provider.name, ...source.terms.flatMap((t) => t.names)].join(" "));
  for (const t of source.translations) {
    const title = typedWords(t.title);
    const titleWords = title.map((w) => w.folded);
    const text = typedWords(`${t.summary} ${t.description ?? ""}`);
    const inText = new Set(text.map((w) => w.folded));
    const seen = new Set<string>();
    for (const word of [...title, ...text]) {
      if (seen.has(word.typed)) continue;
      seen.add(word.typed);
      const inTitle = titleWords.includes(word.folded) ? TITLE / (1 + 0.1 * title.length) : 0;
      raiseWithStems(word, inTitle + (inText.has(word.folded) ? TEXT : 0), t.locale);
    }
  }
  for (const word of names) raiseWithStems(word, NAMES);
  return weights;
}

export function offerIndex(source: OfferIndexSource): OfferIndex {
  const base = {
    offerId: source.id,
    recency: source.lastVerifiedAt?.getTime() ?? 0,
    until: source.validUntil,
  };
  // Rounded so that both databases store and compare exactly the same numbers.
  const postings: Posting[] = [...wordWeights(source)].map(([key, weight]) => ({
    ...base,
    key,
    weight: Math.round(weight * 1000) / 1000,
  }));
  const districts = new Set(source.places.flatMap((p) => (p.districtId ? [p.districtId] : [])));
  const filters = [
    filterKey.public,
    ...(source.free ? [filterKey.free] : []),
    ...(source.places.length === 0 ? [filterKey.noPlace] : []),
    ...source.terms.map((t) => filterKey.term(t.id)),
    ...source.languages.map(filterKey.language),
    ...[...districts].map(filterKey.district),
    ...(source.programmeId ? [filterKey.programme(source.programmeId)] : []),
    ...timeKeys(source),
  ];
  postings.push(...[...new Set(filters)].map((key) => ({ ...base, key, weight: 0 })));

  const shared = {
    offerId: source.id,
    slug: source.slug,
    providerSlug: source.provider.slug,
    providerName: source.provider.name,
    free: source.free,
    termIds: source.terms
      .filter((t) => t.taxonomy === "category")
      .map((t) => t.id)
      .join(" "),
    languages: [...source.languages].sort().join(" "),
    districtId: source.places[0]?.districtId ?? null,
    programmeId: source.programmeId,
    until: source.validUntil,
  };
  return {
    postings,
    cards: source.translations.map((t) => ({ ...shared, locale: t.locale, title: t.title, summary: t.summary })),
    places: source.places.map((p) => ({
      ...base,
      locationId: p.locationId,
      latitude: p.latitude,
      longitude: p.longitude,
    })),
  };
}

/** Key → number of offers holding it, for the vocabulary and facet counts. */
export function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
