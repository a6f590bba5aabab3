import "server-only";
// The small tables a search resolves codes against and a card takes names from: taxonomy terms,
// districts and programmes, a few dozen rows in all. Read once per public version, so that
// neither a search nor a card joins them, and a renamed category shows at the next request.
import { db } from "../db";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../i18n/translation";

type Named = { locale: string; name: string }[];
export type Reference = {
  terms: Map<string, { code: string; taxonomy: string; sortOrder: number; names: Named }>;
  termId: (taxonomy: string, code: string) => string | undefined;
  districts: Map<string, { code: string; name: string }>;
  districtId: (code: string) => string | undefined;
  programmes: Map<string, { slug: string; parentId: string | null; names: Named }>;
  /** a programme and its sub-programmes: IfKuF finds Griffbereit and Rucksack groups */
  programmeIds: (slug: string) => string[];
};

let cached: { version: number; reference: Promise<Reference> } | null = null;

async function load(): Promise<Reference> {
  const [terms, districts, programmes] = await Promise.all([
    db.taxonomyTerm.findMany({
      select: {
        id: true,
        code: true,
        taxonomy: true,
        sortOrder: true,
        translations: { select: { locale: true, name: true } },
      },
    }),
    db.district.findMany({ select: { id: true, code: true, name: true } }),
    db.programme.findMany({
      select: { id: true, slug: true, parentId: true, translations: { select: { locale: true, name: true } } },
    }),
  ]);
  const termIds = new Map(terms.map((t) => [`${t.taxonomy}:${t.code}`, t.id]));
  const districtIds = new Map(districts.map((d) => [d.code, d.id]));
  return {
    terms: new Map(
      terms.map((t) => [t.id, { code: t.code, taxonomy: t.taxonomy, sortOrder: t.sortOrder, names: t.translations }]),
    ),
    termId: (taxonomy, code) => termIds.get(`${taxonomy}:${code}`),
    districts: new Map(districts.map((d) => [d.id, { code: d.code, name: d.name }])),
    districtId: (code) => districtIds.get(code),
    programmes: new Map(programmes.map((p) => [p.id, { slug: p.slug, parentId: p.parentId, names: p.translations }])),
    programmeIds: (slug) => {
      const own = programmes.find((p) => p.slug === slug);
      return own ? [own.id, ...programmes.filter((p) => p.parentId === own.id).map((p) => p.id)] : [];
    },
  };
}

export function reference(version: number): Promise<Reference> {
  if (cached?.version !== version) {
    const reference = load();
    cached = { version, reference };
    reference.catch(() => {
      if (cached?.reference === reference) cached = null;
    });
  }
  return cached.reference;
}

export const nameIn = (names: Named, locale: Locale, fallback: string) =>
  pickTranslation(names, locale)?.name ?? fallback;
