import "server-only";
import { db } from "../db";
import { pickTranslation, localesFor } from "../i18n/translation";
import type { Locale } from "../i18n/locales";
import { publicOffer } from "../offers/visibility";

export type TermSummary = { code: string; name: string; icon: string | null; offerCount: number };

/** Categories or audiences in display order, named in the reader's locale, with published offers counted. */
export async function listTerms(taxonomy: "category" | "audience", locale: Locale): Promise<TermSummary[]> {
  const terms = await db.taxonomyTerm.findMany({
    where: { taxonomy },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true,
      icon: true,
      translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
      _count: { select: { offers: { where: { offer: publicOffer() } } } },
    },
  });
  return terms.map((term) => ({
    code: term.code,
    icon: term.icon,
    name: pickTranslation(term.translations, locale)?.name ?? term.code,
    offerCount: term._count.offers,
  }));
}
