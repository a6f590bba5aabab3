import "server-only";
// /service_at_locations and /service_at_locations/{id}: each published offer at each of its
// published locations.
import { Prisma } from "../../../generated/sqlite/client";
import { loadInChunks } from "../../db/chunks";
import { db } from "../../db/index";
import type { Locale } from "../../i18n/locales";
import { newest } from "../format";
import { mapServiceAtLocation, type ServiceAtLocationParts } from "../map-location";
import { mapService, serviceDates, serviceViews, type ServiceParts } from "../map-service";
import { slicePage, toPage } from "./page";
import { publicOfferLocation, publicPlacesOf } from "../../offers/visibility";
import type { Paging, RecordQuery, ServiceAtLocationQuery } from "./query";
import type { HsdsResult } from "./result";
import { byRank, searchOfferIds } from "./search";
import { offerLocationSelect, offerSelect } from "../select";
import { filterValues, serviceSql, serviceWhere } from "./service-filter";
import { pageBySql } from "./sql-page";

const salSelect = (locale: Locale) =>
  ({ ...offerLocationSelect(locale), offer: { select: offerSelect(locale) } }) satisfies Prisma.OfferLocationSelect;
type SalRow = Prisma.OfferLocationGetPayload<{ select: ReturnType<typeof salSelect> }>;

const salOrder = [{ offer: { slug: "asc" } }, { id: "asc" }] satisfies Prisma.OfferLocationOrderByWithRelationInput[];

type View = { sal: ServiceAtLocationParts; service: ServiceParts | null };
const views = {
  minimal: { sal: { schedules: false, location: false }, service: null },
  list: { sal: { schedules: true, location: true }, service: serviceViews.minimal },
  full: { sal: { schedules: true, location: true }, service: { ...serviceViews.list, organization: true } },
} satisfies Record<string, View>;

function where(query: ServiceAtLocationQuery): Prisma.OfferLocationWhereInput {
  const { modified_after, postcode, ...filter } = query;
  const and: Prisma.OfferLocationWhereInput[] = [publicOfferLocation(), { offer: serviceWhere(filter) }];
  // Either side changing changes the service at the location.
  if (modified_after) {
    and.push({
      OR: [{ offer: { updatedAt: { gte: modified_after } } }, { location: { updatedAt: { gte: modified_after } } }],
    });
  }
  if (postcode) and.push({ location: { postcode } });
  return { AND: and };
}

/**
 * The same condition as SQL on the offer o and its public place (visibility.ts's ol and l), for the
 * list's page and count: the query builder sorted every service at a location for each page
 * (seconds at 100,000 offers with day=…), where this walks the offers' slug index (see serviceSql).
 */
function conditionSql(query: ServiceAtLocationQuery): Prisma.Sql {
  const { modified_after, postcode, ...filter } = query;
  const place = publicPlacesOf("o");
  const and = [serviceSql(filter), place.where];
  if (modified_after) and.push(Prisma.sql`(o."updatedAt" >= ${modified_after} OR l."updatedAt" >= ${modified_after})`);
  if (postcode) and.push(Prisma.sql`l."postcode" = ${postcode}`);
  // SQLite would start from the places and sort them all: CROSS JOIN keeps the offers first there
  // (PostgreSQL plans it itself); the place is tied to the offer in place.where.
  return Prisma.sql`"Offer" o CROSS JOIN ${place.tables} WHERE ${Prisma.join(and, " AND ")}`;
}

async function pageOf(query: ServiceAtLocationQuery, rankedIds: string[] | null, paging: Paging, locale: Locale) {
  if (!rankedIds)
    return pageBySql(
      {
        list: "service_at_locations",
        filter: [...filterValues(query), query.postcode],
        from: conditionSql(query),
        id: Prisma.sql`ol."id"`,
        order: Prisma.sql`o."slug", ol."id"`,
      },
      paging,
      (chunk) => db.offerLocation.findMany({ where: { id: { in: chunk } }, select: salSelect(locale) }),
    );
  const condition = where(query);
  const matching = await loadInChunks(rankedIds, (chunk) =>
    db.offerLocation.findMany({
      where: { AND: [condition, { offerId: { in: chunk } }] },
      select: { id: true, offerId: true },
      orderBy: salOrder,
    }),
  );
  const ids = slicePage(
    byRank(matching, rankedIds, (row) => row.offerId),
    paging,
  ).map((row) => row.id);
  const rows = await loadInChunks(ids, (chunk) =>
    db.offerLocation.findMany({ where: { id: { in: chunk } }, select: salSelect(locale) }),
  );
  return { rows: byRank(rows, ids, (row) => row.id), total: matching.length };
}

function mapRow(row: SalRow, locale: Locale, view: View) {
  return {
    ...mapServiceAtLocation(row, locale, view.sal),
    ...(view.service && { service: mapService(row.offer, locale, view.service) }),
  };
}

const dates = (row: SalRow) => [row.location.updatedAt, ...serviceDates(row.offer)];

export async function listServiceAtLocations(query: ServiceAtLocationQuery): Promise<HsdsResult> {
  const { locale } = query;
  const rankedIds = query.search ? await searchOfferIds(query.search) : null;
  const { rows, total } = await pageOf(query, rankedIds, query, locale);
  const view = query.minimal ? views.minimal : query.full ? views.full : views.list;
  return {
    body: toPage(
      rows.map((row) => mapRow(row, locale, view)),
      total,
      query,
    ),
    lastModified: newest(rows.flatMap(dates)),
    locale,
  };
}

export async function getServiceAtLocation(id: string, { locale }: RecordQuery): Promise<HsdsResult | null> {
  const row = await db.offerLocation.findFirst({ where: { id, ...publicOfferLocation() }, select: salSelect(locale) });
  if (!row) return null;
  return { body: mapRow(row, locale, views.full), lastModified: newest(dates(row)), locale };
}
