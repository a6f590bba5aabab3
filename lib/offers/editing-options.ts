import "server-only";
// What the offer form offers to choose from, named in the back office's language.
import { db } from "../db";
import type { AdminLocale } from "../i18n/admin-locale";
import { languageName } from "../i18n/language-names";
import { locales } from "../i18n/locales";
import { locationChoices } from "../locations/editing";

// Languages offers in Aachen are commonly held in; codes found in the data are added to these.
const commonLanguages = [
  "de",
  "en",
  "ar",
  "fa",
  "prs",
  "ps",
  "ku",
  "ti",
  "so",
  "uk",
  "ru",
  "tr",
  "pl",
  "ro",
  "bg",
  "sq",
  "sr",
  "fr",
  "es",
  "it",
  "el",
  "ur",
];

export type Choice = { value: string; label: string };

export async function offerFormOptions(locale: AdminLocale, organizationId: string | null) {
  const [programmes, terms, usedLanguages, locations] = await Promise.all([
    db.programme.findMany({
      where: { status: { not: "archived" } },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
      },
    }),
    db.taxonomyTerm.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: {
        id: true,
        taxonomy: true,
        code: true,
        translations: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
      },
    }),
    db.offerLanguage.findMany({ distinct: ["code"], select: { code: true } }),
    organizationId ? locationChoices(organizationId) : Promise.resolve([]),
  ]);
  const named = (rows: Array<{ locale: string; name: string }>, fallback: string) =>
    rows.find((r) => r.locale === locale)?.name ?? rows.find((r) => r.locale === "de")?.name ?? fallback;
  const term = (t: (typeof terms)[number]): Choice => ({ value: t.id, label: named(t.translations, t.code) });
  const codes = [...new Set([...locales, ...commonLanguages, ...usedLanguages.map((l) => l.code)])];
  return {
    programmes: programmes.map((p) => ({ value: p.id, label: named(p.translations, p.slug) })),
    categories: terms.filter((t) => t.taxonomy === "category").map(term),
    audiences: terms.filter((t) => t.taxonomy === "audience").map(term),
    languages: codes
      .map((code) => ({ value: code, label: languageName(code, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    locations: locations.map((l) => ({
      value: l.id,
      label: [l.name, `${l.street}, ${l.postcode}`].filter(Boolean).join(" – "),
    })),
  };
}

export type OfferFormOptions = Awaited<ReturnType<typeof offerFormOptions>>;
