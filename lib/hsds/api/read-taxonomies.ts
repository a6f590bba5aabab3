import "server-only";
// /taxonomies and /taxonomy_terms: Wegweiser's categories and audiences. Terms are public
// vocabulary, so all of them are listed, used or not.
import type { Prisma } from "../../../generated/sqlite/client";
import { db } from "../../db/index";
import { contains } from "../../db/text-search";
import type { Locale } from "../../i18n/locales";
import { localesFor, sourceFallback } from "../../i18n/translation";
import { newest } from "../format";
import { taxonomyNameOf } from "../ids";
import { mapTaxonomy, mapTaxonomyTerm, taxonomyNames } from "../map-taxonomy";
import { skipTake, slicePage, toPage } from "./page";
import type { RecordQuery, TaxonomyQuery, TaxonomyTermQuery } from "./query";
import type { HsdsResult } from "./result";
import { termSelect } from "../select";

// The taxonomies' own texts are fixed; their terms say when the vocabulary last changed.
async function newestTerm(): Promise<Date | null> {
  const { _max } = await db.taxonomyTerm.aggregate({ _max: { updatedAt: true } });
  return _max.updatedAt;
}

export async function listTaxonomies(query: TaxonomyQuery): Promise<HsdsResult> {
  const needle = query.search?.toLocaleLowerCase(query.locale);
  const all = taxonomyNames
    .map((name) => mapTaxonomy(name, query.locale))
    .filter((t) => !needle || `${t.name} ${t.description}`.toLocaleLowerCase(query.locale).includes(needle));
  return {
    body: toPage(slicePage(all, query), all.length, query),
    lastModified: await newestTerm(),
    locale: query.locale,
  };
}

export async function getTaxonomy(id: string, { locale }: RecordQuery): Promise<HsdsResult | null> {
  const name = taxonomyNameOf(id);
  return name ? { body: mapTaxonomy(name, locale), lastModified: await newestTerm(), locale } : null;
}

const termOrder = [
  { taxonomy: "asc" },
  { sortOrder: "asc" },
  { code: "asc" },
] satisfies Prisma.TaxonomyTermOrderByWithRelationInput[];

function termWhere(query: TaxonomyTermQuery, locale: Locale): Prisma.TaxonomyTermWhereInput {
  const and: Prisma.TaxonomyTermWhereInput[] = [];
  if (query.taxonomy_id) {
    const taxonomy = taxonomyNameOf(query.taxonomy_id);
    and.push(taxonomy ? { taxonomy } : { id: { in: [] } });
  }
  if (query.parent_id) and.push({ parentId: query.parent_id });
  if (query.top_only) and.push({ parentId: null });
  if (query.search) {
    const text = contains(query.search);
    and.push({
      OR: [{ code: text }, { translations: { some: { locale: { in: localesFor(locale, sourceFallback) }, name: text } } }],
    });
  }
  return { AND: and };
}

export async function listTaxonomyTerms(query: TaxonomyTermQuery): Promise<HsdsResult> {
  const { locale } = query;
  const where = termWhere(query, locale);
  const [total, rows] = await Promise.all([
    db.taxonomyTerm.count({ where }),
    db.taxonomyTerm.findMany({ where, select: termSelect(locale), orderBy: termOrder, ...skipTake(query) }),
  ]);
  return {
    body: toPage(
      rows.map((row) => mapTaxonomyTerm(row, locale)),
      total,
      query,
    ),
    lastModified: newest(rows.map((row) => row.updatedAt)),
    locale,
  };
}

export async function getTaxonomyTerm(id: string, { locale }: RecordQuery): Promise<HsdsResult | null> {
  const row = await db.taxonomyTerm.findUnique({ where: { id }, select: termSelect(locale) });
  if (!row) return null;
  return { body: mapTaxonomyTerm(row, locale, { withTaxonomy: true }), lastModified: row.updatedAt, locale };
}
