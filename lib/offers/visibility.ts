// What a visitor may see, decided here and nowhere else: pages, search and its index, maps, counts,
// calendars, exports and the HSDS API all ask this module, so that they can never disagree.
//
// An offer is public when
// - it is published,
// - its provider (the organisation) is published, and
// - it has not ended: its "runs until" day (validUntil) is today or later, or it has none.
// Its "runs from" day (validFrom) does not hide it: a course that starts next month is shown now,
// so that people can sign up in time. Days are calendar days in Aachen: the form stores a day as
// midnight UTC, and that instant, like midnight in Aachen, lies on or after the first instant of
// the same day in Aachen.
import { Prisma } from "../../generated/sqlite/client";
import { dayContaining } from "../schedule/local-time";

/** The first instant of today in Aachen: an offer running until a day before it has ended. */
export function publicSince(now: Date = new Date()): Date {
  return new Date(dayContaining(now).from);
}

/** Today in Aachen, for cache keys: what is public changes at midnight. */
export function publicDay(now: Date = new Date()): string {
  return dayContaining(now).label;
}

export const publicOrganisation = { status: "published" } satisfies Prisma.OrganizationWhereInput;

/** A place is shown when it and the organisation it belongs to are published. */
export const publicLocation = {
  status: "published",
  organization: publicOrganisation,
} satisfies Prisma.LocationWhereInput;

export const publicProgramme = { status: "published" } satisfies Prisma.ProgrammeWhereInput;

export function publicOffer(now: Date = new Date()) {
  return {
    status: "published",
    organization: publicOrganisation,
    OR: [{ validUntil: null }, { validUntil: { gte: publicSince(now) } }],
  } satisfies Prisma.OfferWhereInput;
}

/** An offer at one of its places (HSDS service_at_location): both must be public. */
export function publicOfferLocation(now: Date = new Date()) {
  return { offer: publicOffer(now), location: publicLocation } satisfies Prisma.OfferLocationWhereInput;
}

const column = (alias: string, name: string) => Prisma.raw(`"${alias}"."${name}"`);

/**
 * The same rule as SQL for the raw queries of search and listing (SQLite and PostgreSQL alike),
 * on the offer table under `alias`.
 */
export function publicOfferSql(alias = "o", now: Date = new Date()): Prisma.Sql {
  const col = (name: string) => column(alias, name);
  return Prisma.sql`${col("status")} = 'published'
    AND (${col("validUntil")} IS NULL OR ${col("validUntil")} >= ${publicSince(now)})
    AND EXISTS (SELECT 1 FROM "Organization" public_org WHERE public_org."id" = ${col("organizationId")} AND public_org."status" = 'published')`;
}

/**
 * An offer's public places for a subquery over "OfferLocation" ol and "Location" l: the tables to
 * select from and the condition that ties them to the offer under `offer`. The place's organisation
 * is joined rather than probed with EXISTS: with a probe SQLite walks every place of a district for
 * each offer (2.9 s instead of 25 ms at 50,000 offers).
 */
export function publicPlacesOf(offer = "o"): { tables: Prisma.Sql; where: Prisma.Sql } {
  return {
    tables: Prisma.sql`"OfferLocation" ol JOIN "Location" l ON l."id" = ol."locationId"
      JOIN "Organization" place_org ON place_org."id" = l."organizationId"`,
    where: Prisma.sql`ol."offerId" = ${column(offer, "id")} AND l."status" = 'published' AND place_org."status" = 'published'`,
  };
}
