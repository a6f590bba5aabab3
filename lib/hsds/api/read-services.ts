import "server-only";
// /services and /services/{id}: published offers as HSDS services.
import { Prisma } from "../../../generated/sqlite/client";
import { loadInChunks } from "../../db/chunks";
import { db } from "../../db/index";
import type { Locale } from "../../i18n/locales";
import { newest } from "../format";
import { mapService, serviceDates, serviceViews, type ServiceParts } from "../map-service";
import { slicePage, toPage } from "./page";
import { publicOffer } from "../../offers/visibility";
import { MAX_NESTED_SERVICES, type Paging, type RecordQuery, type ServiceQuery } from "./query";
import type { HsdsResult } from "./result";
import { byRank, searchOfferIds } from "./search";
import { offerSelect, type OfferRow } from "../select";
import { filterValues, serviceSql, serviceWhere } from "./service-filter";
import { pageBySql } from "./sql-page";

const offerOrder = [{ slug: "asc" }, { id: "asc" }] satisfies Prisma.OfferOrderByWithRelationInput[];

/** A page of the offers matching the list's filters, by slug, and their number (serviceSql). */
const pageByFilters = (query: ServiceQuery, locale: Locale) =>
  pageBySql(
    {
      list: "services",
      filter: filterValues(query),
      from: Prisma.sql`"Offer" o WHERE ${serviceSql(query)}`,
      id: Prisma.sql`o."id"`,
      order: Prisma.sql`o."slug", o."id"`,
    },
    query,
    (chunk) => db.offer.findMany({ where: { id: { in: chunk } }, select: offerSelect(locale) }),
  );

/** One page of the offers a search found, by relevance, among those matching the list's filters. */
async function pageOfFound(
  where: Prisma.OfferWhereInput,
  rankedIds: string[],
  paging: Paging,
  locale: Locale,
): Promise<{ rows: OfferRow[]; total: number }> {
  const matching = await loadInChunks(rankedIds, (chunk) =>
    db.offer.findMany({ where: { AND: [where, { id: { in: chunk } }] }, select: { id: true } }),
  );
  const ids = slicePage(
    byRank(matching, rankedIds, (row) => row.id),
    paging,
  ).map((row) => row.id);
  const rows = await loadInChunks(ids, (chunk) =>
    db.offer.findMany({ where: { id: { in: chunk } }, select: offerSelect(locale) }),
  );
  return { rows: byRank(rows, ids, (row) => row.id), total: matching.length };
}

export async function listServices(query: ServiceQuery): Promise<HsdsResult> {
  const { locale } = query;
  const rankedIds = query.search ? await searchOfferIds(query.search) : null;
  const { rows, total } = rankedIds
    ? await pageOfFound(serviceWhere(query), rankedIds, query, locale)
    : await pageByFilters(query, locale);
  const parts: ServiceParts = query.minimal ? serviceViews.minimal : query.full ? serviceViews.full : serviceViews.list;
  return {
    body: toPage(
      rows.map((row) => mapService(row, locale, parts)),
      total,
      query,
    ),
    lastModified: newest(rows.flatMap(serviceDates)),
    locale,
  };
}

export async function getService(id: string, { locale }: RecordQuery): Promise<HsdsResult | null> {
  const row = await db.offer.findFirst({ where: { id, ...publicOffer() }, select: offerSelect(locale) });
  if (!row) return null;
  return { body: mapService(row, locale, serviceViews.full), lastModified: newest(serviceDates(row)), locale };
}

/**
 * The first published offers of each of these organisations (by slug, as /services lists them),
 * for nesting in them. Light rows of all their offers are read in one query per chunk of
 * organisations and cut in memory: a query per organisation with its own LIMIT lets SQLite walk
 * the public offers of the whole catalogue for each (0.3 s each at 100,000 offers).
 */
export async function loadOffersOf(organizationIds: readonly string[], locale: Locale): Promise<OfferRow[]> {
  const all = await loadInChunks(organizationIds, (chunk) =>
    db.offer.findMany({
      where: { AND: [publicOffer(), { organizationId: { in: chunk } }] },
      select: { id: true, organizationId: true },
      // Each organisation lies within one chunk, so its offers come in the database's slug order.
      orderBy: offerOrder,
    }),
  );
  const taken = new Map<string, number>();
  const ids = all
    .filter((o) => {
      const count = taken.get(o.organizationId) ?? 0;
      taken.set(o.organizationId, count + 1);
      return count < MAX_NESTED_SERVICES;
    })
    .map((o) => o.id);
  const rows = await loadInChunks(ids, (chunk) =>
    db.offer.findMany({ where: { id: { in: chunk } }, select: offerSelect(locale) }),
  );
  return byRank(rows, ids, (row) => row.id);
}
