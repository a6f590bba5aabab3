// Wegweiser's two taxonomies (categories and audiences) as HSDS taxonomy and taxonomy_term.
import type { Locale } from "../i18n/locales";
import { pickTranslation, sourceFallback } from "../i18n/translation";
import { compact } from "./format";
import { childId, TAXONOMY_IDS, type TaxonomyName } from "./ids";
import type { TermRow } from "./select";
import { taxonomyText } from "./texts";
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from "./types";

export const taxonomyNames: TaxonomyName[] = ["category", "audience"];

export function mapTaxonomy(taxonomy: TaxonomyName, locale: Locale): HsdsTaxonomy {
  return { id: TAXONOMY_IDS[taxonomy], ...taxonomyText(taxonomy, locale) };
}

export function mapTaxonomyTerm(row: TermRow, locale: Locale, { withTaxonomy = false } = {}): HsdsTaxonomyTerm {
  const text = pickTranslation(row.translations, locale, sourceFallback);
  return compact({
    id: row.id,
    code: row.code,
    name: text?.name ?? row.code,
    description: text?.description ?? "",
    parent_id: row.parentId,
    taxonomy: row.taxonomy,
    taxonomy_id: TAXONOMY_IDS[row.taxonomy],
    language: text?.locale,
    taxonomy_detail: withTaxonomy ? mapTaxonomy(row.taxonomy, locale) : undefined,
  });
}

/** An offer's category or audience: the HSDS attribute that links a service to a term. */
export function mapServiceAttribute(serviceId: string, term: TermRow, locale: Locale): HsdsAttribute {
  return {
    id: childId(serviceId, "attribute", term.id),
    link_id: serviceId,
    link_type: term.taxonomy,
    link_entity: "service",
    taxonomy_term_id: term.id,
    taxonomy_term: mapTaxonomyTerm(term, locale),
  };
}
