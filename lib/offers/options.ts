import "server-only";
// Choices for the offer filters, in the reader's language.
import { db } from "../db";
import { districts } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import { languageName } from "../i18n/language-names";
import { listProgrammes } from "../programmes/directory";
import { listTerms } from "../taxonomy/directory";
import { publicOffer } from "./visibility";

export type Option = { value: string; label: string };

export async function offerFilterOptions(locale: Locale) {
  const [categories, audiences, languageRows, programmes] = await Promise.all([
    listTerms("category", locale),
    listTerms("audience", locale),
    db.offerLanguage.findMany({ where: { offer: publicOffer() }, distinct: ["code"], select: { code: true } }),
    listProgrammes(locale),
  ]);
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
  return {
    categories: categories.map((t) => ({ value: t.code, label: t.name })),
    audiences: audiences.map((t) => ({ value: t.code, label: t.name })),
    languages: languageRows.map((l) => ({ value: l.code, label: languageName(l.code, locale) })).sort(byLabel),
    districts: districts.map((d) => ({ value: d.code, label: d.name })),
    programmes: programmes.map((p) => ({ value: p.slug, label: p.name })),
  };
}

export type OfferFilterOptions = Awaited<ReturnType<typeof offerFilterOptions>>;
