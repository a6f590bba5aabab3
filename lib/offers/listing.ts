import "server-only";
// Which public offers match a filter, in which order: one SQL statement for the page and one
// for the count, written once for both databases. Only the full-text part comes from the engine.
import { Prisma } from "../../generated/sqlite/client";
import { db, dbKind } from "../db";
import { KM_PER_DEGREE } from "../geo/distance";
import { districtCentre } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import { engineFor } from "../search/engine";
import { parseQuery, searchIndexVersion } from "../search/query";
import type { OfferFilter } from "./filter";
import { publicOfferSql, publicPlacesOf } from "./visibility";

export const PAGE_SIZE = 20;

export type ListedOffer = { id: string; distanceKm: number | null };
export type Listing = {
  rows: ListedOffer[];
  total: number;
  /** true when there are more than `total` matches: counting stops at COUNT_LIMIT */
  totalIsLowerBound: boolean;
  unmatchedWords: string[];
  sort: "relevance" | "distance" | "recent";
};

// Nobody reads past a thousand results, but counting 70,000 costs hundreds of milliseconds.
export const COUNT_LIMIT = 1000;

// Filters are correlated EXISTS probes: a page of 20 stops as soon as it is full, and a search
// checks only its own matches, instead of first collecting every offer in, say, Aachen-Mitte.
function conditions(filter: OfferFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [publicOfferSql("o")];
  for (const taxonomy of ["category", "audience"] as const) {
    const value = filter[taxonomy];
    if (value) {
      where.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferTerm" ot WHERE ot."offerId" = o."id" AND ot."termId" =
        (SELECT t."id" FROM "TaxonomyTerm" t WHERE t."taxonomy" = ${Prisma.raw(`'${taxonomy}'`)} AND t."code" = ${value}))`);
    }
  }
  if (filter.language) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "OfferLanguage" lang WHERE lang."offerId" = o."id" AND lang."code" = ${filter.language})`,
    );
  }
  if (filter.district) {
    const places = publicPlacesOf("o");
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM ${places.tables}
      WHERE ${places.where} AND l."districtId" = (SELECT d."id" FROM "District" d WHERE d."code" = ${filter.district}))`);
  }
  if (filter.free) where.push(Prisma.sql`o."free" = TRUE`);
  if (filter.programme) {
    // A programme includes its sub-programmes: IfKuF finds Griffbereit and Rucksack groups.
    where.push(Prisma.sql`o."programmeId" IN (SELECT p."id" FROM "Programme" p LEFT JOIN "Programme" parent ON parent."id" = p."parentId"
      WHERE p."slug" = ${filter.programme} OR parent."slug" = ${filter.programme})`);
  }
  return where;
}

/** Squared equirectangular distance in degrees to the nearest location: exact enough in a city. */
function distanceSql(centre: { lat: number; lng: number }): Prisma.Sql {
  const scale = Math.cos((centre.lat * Math.PI) / 180);
  const places = publicPlacesOf("o");
  return Prisma.sql`(SELECT MIN((l."latitude" - ${centre.lat}) * (l."latitude" - ${centre.lat})
      + (l."longitude" - ${centre.lng}) * ${scale} * (l."longitude" - ${centre.lng}) * ${scale})
    FROM ${places.tables} WHERE ${places.where})`;
}

type Source = { from: Prisma.Sql; score: Prisma.Sql; searched: boolean } | { unmatchedWords: string[] };

/** The rows to filter: all offers, or those matching the typed words with their score. */
async function source(filter: OfferFilter, locale: Locale, version: number): Promise<Source> {
  if (!filter.q) return { from: Prisma.sql`"Offer" o`, score: Prisma.sql`0`, searched: false };
  const query = await parseQuery(filter.q, version);
  // A word that matches nothing anywhere cannot be satisfied: say so rather than search.
  if (query.unmatched.length > 0 || query.expanded.length === 0) return { unmatchedWords: query.unmatched };
  const engine = engineFor(dbKind);
  return {
    from: Prisma.sql`(${engine.matches(query.expanded, locale)}) m ${engine.joinOffers}`,
    score: Prisma.sql`m."score"`,
    searched: true,
  };
}

export async function listOffers(
  filter: OfferFilter,
  locale: Locale,
  version: number,
  { pageSize = PAGE_SIZE, countLimit = COUNT_LIMIT } = {},
): Promise<Listing> {
  const rowsFrom = await source(filter, locale, version);
  if ("unmatchedWords" in rowsFrom) {
    return { rows: [], total: 0, totalIsLowerBound: false, unmatchedWords: rowsFrom.unmatchedWords, sort: "relevance" };
  }
  const { from, score, searched } = rowsFrom;

  const centre = filter.near ?? (filter.district ? districtCentre(filter.district) : null);
  const sort =
    filter.sort === "distance" && centre ? "distance" : filter.sort === "recent" || !searched ? "recent" : "relevance";
  const where = Prisma.join(conditions(filter), " AND ");
  const distance = centre ? distanceSql(centre) : Prisma.sql`NULL`;
  const order =
    sort === "distance"
      ? Prisma.sql`"distance" ASC NULLS LAST, "score" DESC, o."id"`
      : sort === "relevance"
        ? Prisma.sql`"score" DESC, o."lastVerifiedAt" DESC NULLS LAST, o."id"`
        : Prisma.sql`o."lastVerifiedAt" DESC NULLS LAST, o."id"`;
  const offset = (filter.page - 1) * pageSize;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<Array<{ id: string; distance: number | null }>>`
      SELECT o."id" AS "id", ${score} AS "score", ${distance} AS "distance" FROM ${from}
      WHERE ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<Array<{ total: bigint | number }>>`SELECT COUNT(*) AS "total" FROM (
      SELECT 1 AS "one" FROM ${from} WHERE ${where} LIMIT ${countLimit + 1}) counted`,
  ]);
  const total = Number(counted[0]?.total ?? 0);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      distanceKm: r.distance === null ? null : Math.sqrt(Number(r.distance)) * KM_PER_DEGREE,
    })),
    total: Math.min(total, countLimit),
    totalIsLowerBound: total > countLimit,
    unmatchedWords: [],
    sort,
  };
}

/** Map points of every matching offer location: compact, for clustering in the browser. */
export async function listOfferPoints(filter: OfferFilter, locale: Locale, limit = 50_000) {
  const rowsFrom = await source(filter, locale, await searchIndexVersion());
  if ("unmatchedWords" in rowsFrom) return [];
  const places = publicPlacesOf("o");
  return db.$queryRaw<Array<{ id: string; lat: number; lng: number }>>`
    SELECT o."id" AS "id", l."latitude" AS "lat", l."longitude" AS "lng" FROM ${rowsFrom.from}, ${places.tables}
    WHERE ${Prisma.join([...conditions(filter), places.where], " AND ")} LIMIT ${limit}`;
}
