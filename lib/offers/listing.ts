import "server-only";
// Which public offers match a filter, in which order, and how many: read from the search index
// (lib/search/postings.ts) so that the work follows the page, not the size of the catalogue.
import { db, dbKind } from "../db";
import { districtCentre } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import { filterKey } from "../search/documents";
import { fromIds } from "../search/engine";
import {
  byScore,
  countByFilters,
  distancesOf,
  holdsGroups,
  isPublic,
  publicOnly,
  nearestByFilters,
  notEnded,
  pageByFilters,
  type FilterGroups,
  type Ranked,
} from "../search/postings";
import { facetCounts, parseQuery, searchIndexVersion } from "../search/query";
import { rankQuery } from "../search/rank-query";
import { reference, type Reference } from "../search/reference";
import { openKeyAt, timeKey } from "../search/time-keys";
import { Prisma } from "../../generated/sqlite/client";
import type { OfferFilter } from "./filter";
import { openAt } from "./weekly-slots";

export const PAGE_SIZE = 20;

export type ListedOffer = { id: string; distanceKm: number | null };
export type Listing = {
  rows: ListedOffer[];
  total: number;
  /** at least `total` offers match, maybe more: counting stopped at COUNT_LIMIT, or the search read only its best candidates */
  totalIsLowerBound: boolean;
  /** query words found nowhere, as typed */
  unmatchedWords: string[];
  /** taxonomy terms the query's words name (lib/search/concepts.ts) */
  concepts: string[];
  sort: "relevance" | "distance" | "recent";
};

// Nobody reads past a thousand results, but counting 70,000 costs hundreds of milliseconds.
export const COUNT_LIMIT = 1000;
// Below this many matches a words search counts exactly; beyond, it says "at least". Reading this
// many keeps the count and the number of pages the same on every page.
const EXACT_UP_TO = 300;

/** The filter as groups of index keys; null when a value names nothing, so nothing can match. */
function filterGroups(filter: OfferFilter, ref: Reference): FilterGroups | null {
  const groups: FilterGroups = [];
  for (const taxonomy of ["category", "audience"] as const) {
    const code = filter[taxonomy];
    if (code) groups.push([filterKey.term(ref.termId(taxonomy, code) ?? "none")]);
  }
  if (filter.language) groups.push([filterKey.language(filter.language)]);
  if (filter.district) groups.push([filterKey.district(ref.districtId(filter.district) ?? "none")]);
  if (filter.free) groups.push([filterKey.free]);
  if (filter.programme) {
    const ids = ref.programmeIds(filter.programme);
    if (ids.length === 0) return null;
    groups.push(ids.map(filterKey.programme));
  }
  // An offer without an age limit is for everyone; one offer never holds both keys.
  if (filter.age !== undefined) groups.push([timeKey.age(filter.age), timeKey.anyAge]);
  if (filter.day !== undefined) groups.push([timeKey.day(filter.day)]);
  if (filter.open) groups.push([openKeyAt(new Date())]);
  return groups;
}

type Matches =
  | { kind: "words"; ranked: Ranked[]; complete: boolean; atLeast: number; groups: FilterGroups; concepts: string[] }
  | { kind: "filters"; groups: FilterGroups }
  | { kind: "none"; unmatchedWords: string[]; concepts: string[] };

/**
 * `need`: how many of the best matches the caller reads (fewer postings are read then);
 * `countLimit`: where its count stops.
 */
async function matches(
  filter: OfferFilter,
  version: number,
  counts: Map<string, number>,
  need = Infinity,
  countLimit = COUNT_LIMIT,
): Promise<Matches> {
  const groups = filterGroups(filter, await reference(version));
  if (!groups) return { kind: "none", unmatchedWords: [], concepts: [] };
  if (!filter.q) return { kind: "filters", groups };
  const query = await parseQuery(filter.q, version);
  // A word that matches nothing anywhere cannot be satisfied: say so rather than search.
  if (query.unmatched.length > 0 || query.words.length === 0)
    return { kind: "none", unmatchedWords: query.unmatched, concepts: query.concepts };
  const totalOffers = counts.get(filterKey.public) ?? 0;
  return {
    kind: "words",
    groups,
    concepts: query.concepts,
    ...(await rankQuery(query, groups, { totalOffers, need, exactUpTo: EXACT_UP_TO, countLimit })),
  };
}

export async function listOffers(
  filter: OfferFilter,
  _locale: Locale,
  version: number,
  { pageSize = PAGE_SIZE, countLimit = COUNT_LIMIT } = {},
): Promise<Listing> {
  const counts = await facetCounts(version);
  const offset = (filter.page - 1) * pageSize;
  // Ranked by relevance, a page needs only the best offset + pageSize matches (and EXACT_UP_TO
  // for its count); sorted otherwise, every candidate.
  const byRelevance = filter.sort === undefined || filter.sort === "relevance";
  const found = await matches(filter, version, counts, byRelevance ? offset + pageSize : Infinity, countLimit);
  if (found.kind === "none") {
    return {
      rows: [],
      total: 0,
      totalIsLowerBound: false,
      unmatchedWords: found.unmatchedWords,
      concepts: found.concepts,
      sort: "relevance",
    };
  }
  const centre = filter.near ?? (filter.district ? districtCentre(filter.district) : null);
  const searched = found.kind === "words";
  const sort =
    filter.sort === "distance" && centre ? "distance" : filter.sort === "recent" || !searched ? "recent" : "relevance";
  const page = (rows: ListedOffer[], total: number, lowerBound: boolean): Listing => ({
    rows,
    total: Math.min(total, countLimit),
    totalIsLowerBound: lowerBound || total > countLimit,
    unmatchedWords: [],
    concepts: found.kind === "words" ? found.concepts : [],
    sort,
  });

  if (found.kind === "words") {
    const ranked = [...found.ranked];
    if (sort === "recent") ranked.sort((a, b) => b.recency - a.recency || byScore(a, b));
    let rows: ListedOffer[];
    if (sort === "distance") {
      const distances = await distancesOf(
        ranked.map((r) => r.id),
        centre!,
      );
      const far = (id: string) => distances.get(id) ?? Infinity;
      rows = ranked
        .sort((a, b) => far(a.id) - far(b.id) || byScore(a, b))
        .slice(offset, offset + pageSize)
        .map((r) => ({ id: r.id, distanceKm: distances.get(r.id) ?? null }));
    } else {
      const slice = ranked.slice(offset, offset + pageSize);
      const distances = centre
        ? await distancesOf(
            slice.map((r) => r.id),
            centre,
          )
        : null;
      rows = slice.map((r) => ({ id: r.id, distanceKm: distances?.get(r.id) ?? null }));
    }
    return page(await shown(rows, filter), found.complete ? ranked.length : found.atLeast, !found.complete);
  }

  const [rows, total] = await Promise.all([
    sort === "distance"
      ? nearestByFilters(found.groups, counts, centre!, offset + pageSize).then((near) =>
          near.slice(offset).map((r) => ({ id: r.id, distanceKm: r.distanceKm })),
        )
      : pageByFilters(found.groups, counts, offset, pageSize).then(async (listed) => {
          const distances = centre
            ? await distancesOf(
                listed.map((r) => r.id),
                centre,
              )
            : null;
          return listed.map((r) => ({ id: r.id, distanceKm: distances?.get(r.id) ?? null }));
        }),
    countByFilters(found.groups, counts, countLimit),
  ]);
  return page(await shown(rows, filter), total, false);
}

/**
 * The rows still public by the one rule (lib/offers/visibility.ts) and, for "open now", open by
 * their exact times (the index knows quarter hours, not rhythms and dates): a page's worth of
 * lookups.
 */
async function shown(rows: ListedOffer[], filter: OfferFilter): Promise<ListedOffer[]> {
  const ids = rows.map((r) => r.id);
  const [visible, open] = await Promise.all([publicOnly(ids), filter.open ? openAt(ids, new Date()) : null]);
  return rows.filter((r) => visible.has(r.id) && (!open || open.has(r.id)));
}

/** Map points of matching offer places: compact, for clustering in the browser. */
export async function listOfferPoints(filter: OfferFilter, _locale: Locale, limit = 50_000) {
  const version = await searchIndexVersion();
  const counts = await facetCounts(version);
  const found = await matches(filter, version, counts);
  if (found.kind === "none") return [];
  const points = Prisma.sql`pl."offerId" AS "id", pl."latitude" AS "lat", pl."longitude" AS "lng"`;
  if (found.kind === "words") {
    const ids = found.ranked.map((r) => r.id);
    return db.$queryRaw<Array<{ id: string; lat: number; lng: number }>>`
      SELECT ${points} FROM ${fromIds(dbKind, ids, "SearchPlace", "pl", Prisma.sql`pl."offerId" = ids."value"`)}
      WHERE ${isPublic("pl")} LIMIT ${limit}`;
  }
  return db.$queryRaw<Array<{ id: string; lat: number; lng: number }>>`
    SELECT ${points} FROM "SearchPlace" pl
    WHERE ${Prisma.join([notEnded("pl"), ...holdsGroups("pl", found.groups), isPublic("pl")], " AND ")} LIMIT ${limit}`;
}
