// Words the HSDS objects need that are not stored with a record: taken from the site's own
// messages where the site says the same thing, so that the API and the pages never disagree.
import { createTranslator } from "next-intl";
import ar from "../../messages/ar.json";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import fa from "../../messages/fa.json";
import ru from "../../messages/ru.json";
import tr from "../../messages/tr.json";
import uk from "../../messages/uk.json";
import type { Locale } from "../i18n/locales";
import type { TaxonomyName } from "./ids";

type Messages = typeof de;
const catalogues: Record<Locale, Messages> = {
  de,
  en: en as Messages,
  ar: ar as Messages,
  fa: fa as Messages,
  uk: uk as Messages,
  ru: ru as Messages,
  tr: tr as Messages,
};

const translators = new Map<Locale, ReturnType<typeof offerTranslator>>();
const offerTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: catalogues[locale], namespace: "offer" });

function offerText(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = offerTranslator(locale)));
  return t;
}

export const costText = (free: boolean, locale: Locale) => offerText(locale)(free ? "facts.free" : "facts.notFree");
export const registrationText = (locale: Locale) => offerText(locale)("facts.registrationNeeded");
export const everyNWeeksText = (n: number, locale: Locale) => offerText(locale)("schedule.everyNWeeks", { n });

// Not on the site: German and English, other readers get the German words.
const fixed = {
  wheelchairYes: { de: "Rollstuhlgerecht", en: "Wheelchair accessible" },
  wheelchairNo: { de: "Nicht rollstuhlgerecht", en: "Not wheelchair accessible" },
  categoryName: { de: "Wegweiser: Themen", en: "Wegweiser: topics" },
  categoryDescription: {
    de: "Die Themen, nach denen der Wegweiser die Angebote für Neuzugewanderte in Aachen ordnet.",
    en: "The topics by which Wegweiser sorts the offers for newcomers in Aachen.",
  },
  audienceName: { de: "Wegweiser: Zielgruppen", en: "Wegweiser: audiences" },
  audienceDescription: {
    de: "Die Gruppen von Menschen, an die sich die Angebote im Wegweiser richten.",
    en: "The groups of people the offers in Wegweiser are meant for.",
  },
} as const;

const pick = (entry: { de: string; en: string }, locale: Locale) => (locale === "en" ? entry.en : entry.de);

export const wheelchairText = (accessible: boolean, locale: Locale) =>
  pick(accessible ? fixed.wheelchairYes : fixed.wheelchairNo, locale);

export const taxonomyText = (taxonomy: TaxonomyName, locale: Locale) =>
  taxonomy === "category"
    ? { name: pick(fixed.categoryName, locale), description: pick(fixed.categoryDescription, locale) }
    : { name: pick(fixed.audienceName, locale), description: pick(fixed.audienceDescription, locale) };
