import "server-only";
// Choices for the offer filters, in the reader's language.
import { districts } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import { languageName } from "../i18n/language-names";
import { listProgrammes } from "../programmes/directory";
import { listTerms } from "../taxonomy/directory";
import { filterKey } from "../search/documents";
import { publicFacetCounts } from "../search/facets";

const languagePrefix = filterKey.language("");
export type Option = { value: string; label: string };

export async function offerFilterOptions(locale: Locale) {
  const [categories, audiences, counts, programmes] = await Promise.all([
    listTerms("category", locale),
    listTerms("audience", locale),
    publicFacetCounts(),
    listProgrammes(locale),
  ]);
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  return {
    categories: categories.map((t) => ({ value: t.code, label: t.name })),
    audiences: audiences.map((t) => ({ value: t.code, label: t.name })),
    // The languages public offers are held in, from the maintained counts rather than a scan.
    languages: [...counts]
      .filter(([key, offers]) => key.startsWith(languagePrefix) && offers > 0)
      .map(([key]) => key.slice(languagePrefix.length))
      .map((code) => ({ value: code, label: languageName(code, locale) }))
      .sort(byLabel),
    districts: districts.map((d) => ({ value: d.code, label: d.name })),
    programmes: programmes.map((p) => ({ value: p.slug, label: p.name })),
    weekdays: weekdayOptions(locale),
  };
}

/** Monday to Sunday by ISO number, named in the reader's language. */
function weekdayOptions(locale: Locale): Option[] {
  const name = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 1 January 2024 was a Monday: ISO weekday n falls on the nth.
  return [1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: name.format(new Date(Date.UTC(2024, 0, n))) }));
}

export type OfferFilterOptions = Awaited<ReturnType<typeof offerFilterOptions>>;
