// What "published" means for the open data: a record is out unless it and everything it hangs on
// are published, so that no HSDS object points at one the API would not show.
import type { Prisma } from "../../generated/sqlite/client";

export const publishedOrganization = { status: "published" } satisfies Prisma.OrganizationWhereInput;

export const publishedOffer = {
  status: "published",
  organization: publishedOrganization,
} satisfies Prisma.OfferWhereInput;

export const publishedLocation = {
  status: "published",
  organization: publishedOrganization,
} satisfies Prisma.LocationWhereInput;

export const publishedOfferLocation = {
  offer: publishedOffer,
  location: publishedLocation,
} satisfies Prisma.OfferLocationWhereInput;

export const publishedProgramme = { status: "published" } satisfies Prisma.ProgrammeWhereInput;
