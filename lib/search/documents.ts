// What the search index holds for an offer: one document per locale it is written in. The German
// document also carries the provider and the names of its categories and audiences in every
// locale, so that a reader who types "تعلم اللغة" finds German-only language courses.
import { indexText } from "./normalize";

export type OfferSearchSource = {
  id: string;
  providerName: string;
  translations: ReadonlyArray<{ locale: string; title: string; summary: string; description: string | null }>;
  termNames: readonly string[];
};

export type SearchDocument = { offerId: string; locale: string; title: string; body: string };

export function offerDocuments(source: OfferSearchSource): SearchDocument[] {
  const german = source.translations.find((t) => t.locale === "de") ?? source.translations[0];
  return source.translations.map((t) => ({
    offerId: source.id,
    locale: t.locale,
    title: indexText(t.title),
    body:
      t === german
        ? indexText(t.summary, t.description, source.providerName, ...source.termNames)
        : indexText(t.summary, t.description, source.providerName),
  }));
}

/** Word → number of documents it occurs in, for the vocabulary. */
export function countTerms(documents: ReadonlyArray<Pick<SearchDocument, "title" | "body">>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const term of new Set(`${doc.title} ${doc.body}`.split(" "))) {
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}
