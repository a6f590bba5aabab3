// The service filters of the API as a Prisma condition on offers. Parameters combine with AND, as
// the HSDS API reference requires.
import type { Prisma } from "../../../generated/sqlite/client";
import { taxonomyNameOf } from "../ids";
import { publicLocation, publicOffer } from "../../offers/visibility";
import type { ServiceFilter } from "./query";

const nothing = { id: { in: [] } } satisfies Prisma.OfferWhereInput;

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
