import type { NarrowingKey, OfferFilter } from "@/lib/offers/filter";
import type { OfferFilterOptions } from "@/lib/offers/options";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Sprache: Arabisch" — how an active filter reads in the reader's language. */
export function filterLabel(key: NarrowingKey, filter: OfferFilter, options: OfferFilterOptions, t: Translate): string {
  if (key === "free") return t("filter.free");
  if (key === "open") return t("filter.openNow");
  if (key === "age") return t("filter.ageIs", { age: filter.age ?? 0 });
  const lists = { category: options.categories, audience: options.audiences, language: options.languages, district: options.districts, programme: options.programmes, day: options.weekdays };
  // Weekdays are numbers in the filter and text in the options.
  const value = String(filter[key]);
  const label = lists[key].find((o) => o.value === value)?.label ?? value;
  return `${t(`filter.${key}`)}: ${label}`;
}
