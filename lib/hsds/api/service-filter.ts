// The service filters of the API as a Prisma condition on offers. Parameters combine with AND, as
// the HSDS API reference requires.
import { Prisma } from "../../../generated/sqlite/client";
import { taxonomyNameOf } from "../ids";
import { publicLocation, publicOffer, publicOfferSql, publicPlacesOf } from "../../offers/visibility";
import type { ServiceFilter } from "./query";

const nothing = { id: { in: [] } } satisfies Prisma.OfferWhereInput;

/** The filter's values alone, in a fixed order: what a list's total depends on (its cache key). */
export function filterValues(filter: Omit<ServiceFilter, "locale" | "search">): unknown[] {
  const { organization_id, taxonomy_term_id, taxonomy_id, modified_after, minimum_age, maximum_age, day } = filter;
  return [organization_id, taxonomy_term_id, taxonomy_id, modified_after, minimum_age, maximum_age, day];
}

/**
 * The same filters as SQL on "Offer" o, for the list's page and count: the query builder joins the
 * organisations first and sorts the whole catalogue for every page (0.3–1.5 s at 100,000 offers),
 * where this walks the slug index and probes each offer. Kept beside serviceWhere, which must say
 * the same; the HSDS integration tests hold both to the same answers.
 */
export function serviceSql(filter: Omit<ServiceFilter, "locale" | "search">): Prisma.Sql {
  const and: Prisma.Sql[] = [publicOfferSql("o")];
  if (filter.organization_id) and.push(Prisma.sql`o."organizationId" = ${filter.organization_id}`);
  if (filter.taxonomy_term_id) {
    const id = filter.taxonomy_term_id;
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferTerm" ot JOIN "TaxonomyTerm" t ON t."id" = ot."termId"
      WHERE ot."offerId" = o."id" AND (ot."termId" = ${id} OR t."parentId" = ${id}))`);
  }
  if (filter.taxonomy_id) {
    const taxonomy = taxonomyNameOf(filter.taxonomy_id);
    and.push(
      taxonomy
        ? Prisma.sql`EXISTS (SELECT 1 FROM "OfferTerm" ot JOIN "TaxonomyTerm" t ON t."id" = ot."termId"
            WHERE ot."offerId" = o."id" AND t."taxonomy" = ${taxonomy})`
        : Prisma.sql`1 = 0`,
    );
  }
  if (filter.modified_after) and.push(Prisma.sql`o."updatedAt" >= ${filter.modified_after}`);
  if (filter.minimum_age !== undefined) and.push(Prisma.sql`o."minAge" >= ${filter.minimum_age}`);
  if (filter.maximum_age !== undefined) and.push(Prisma.sql`o."maxAge" <= ${filter.maximum_age}`);
  if (filter.day !== undefined) {
    const place = publicPlacesOf("o");
    and.push(Prisma.sql`(EXISTS (SELECT 1 FROM "Schedule" s WHERE s."offerId" = o."id" AND s."weekday" = ${filter.day})
      OR EXISTS (SELECT 1 FROM ${place.tables} JOIN "Schedule" s ON s."offerLocationId" = ol."id"
        WHERE ${place.where} AND s."weekday" = ${filter.day}))`);
  }
  return Prisma.join(and, " AND ");
}

/** The filters but the search, whose ranked ids are applied in chunks by the caller (lib/db/chunks.ts). */
export function serviceWhere(filter: Omit<ServiceFilter, "locale" | "search">): Prisma.OfferWhereInput {
  const and: Prisma.OfferWhereInput[] = [publicOffer()];
  if (filter.organization_id) and.push({ organizationId: filter.organization_id });
  if (filter.taxonomy_term_id) {
    // A term stands for its narrower terms too.
    const id = filter.taxonomy_term_id;
    and.push({ terms: { some: { OR: [{ termId: id }, { term: { parentId: id } }] } } });
  }
  if (filter.taxonomy_id) {
    const taxonomy = taxonomyNameOf(filter.taxonomy_id);
    and.push(taxonomy ? { terms: { some: { term: { taxonomy } } } } : nothing);
  }
  if (filter.modified_after) and.push({ updatedAt: { gte: filter.modified_after } });
  // As in the Open Referral UK profile: minimum_age=n finds services whose minimum age is at least
  // n, maximum_age=n those whose maximum age is at most n; services without the age are not found.
  if (filter.minimum_age !== undefined) and.push({ minAge: { gte: filter.minimum_age } });
  if (filter.maximum_age !== undefined) and.push({ maxAge: { lte: filter.maximum_age } });
  if (filter.day !== undefined) {
    const weekday = filter.day;
    and.push({
      OR: [
        { schedules: { some: { weekday } } },
        { locations: { some: { location: publicLocation, schedules: { some: { weekday } } } } },
      ],
    });
  }
  return { AND: and };
}
