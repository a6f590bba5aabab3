import "server-only";
import { db } from "../db";
import { pickTranslation, localesFor } from "../i18n/translation";
import type { Locale } from "../i18n/locales";
import { filterKey } from "../search/documents";
import { publicFacetCounts } from "../search/facets";

/** The terms of one taxonomy in the order the pages and the back office list them. */
export const inDisplayOrder = (taxonomy: "category" | "audience") => ({
  where: { taxonomy },
  orderBy: [{ sortOrder: "asc" as const }, { code: "asc" as const }],
});

export type TermSummary = { code: string; name: string; icon: string | null; offerCount: number };

/** Categories or audiences in display order, named in the reader's locale, with public offers counted (lib/search/facets.ts). */
export async function listTerms(taxonomy: "category" | "audience", locale: Locale): Promise<TermSummary[]> {
  const [terms, counts] = await Promise.all([
    db.taxonomyTerm.findMany({
      ...inDisplayOrder(taxonomy),
      select: {
        id: true,
        code: true,
        icon: true,
        translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
      },
    }),
    publicFacetCounts(),
  ]);
  return terms.map((term) => ({
    code: term.code,
    icon: term.icon,
    name: pickTranslation(term.translations, locale)?.name ?? term.code,
    offerCount: counts.get(filterKey.term(term.id)) ?? 0,
  }));
}
