import "server-only";
import { LRUCache } from "lru-cache";
// Reading offers for the public pages: plain DTOs in the reader's locale, German where a text is
// not translated (marked so the page can say so and set lang="de").
import { db } from "../db";
import { pickTranslation, localesFor } from "../i18n/translation";
import { textOrigin } from "../i18n/text-origin";
import type { Locale } from "../i18n/locales";
import { addressSelect } from "../locations/select";
import { weeklySlotSelect } from "../schedule/select";
import type { OfferFilter } from "./filter";
import { searchIndexVersion } from "../search/query";
import { nameIn, reference } from "../search/reference";
import { readCards } from "./cards";
import { listOffers, PAGE_SIZE } from "./listing";
import { publicDay, publicLocation, publicOffer } from "./visibility";
import type { OfferDetail, OfferSummary, TermRef } from "./types";

const termsSelect = (locale: Locale) =>
  ({
    select: {
      term: {
        select: {
          code: true,
          taxonomy: true,
          sortOrder: true,
          translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
        },
      },
    },
  }) as const;

const districtSelect = { select: { code: true, name: true } } as const;

function summarySelect(locale: Locale) {
  return {
    id: true,
    slug: true,
    free: true,
    organization: { select: { slug: true, name: true } },
    translations: { where: { locale: { in: localesFor(locale) } } },
    terms: termsSelect(locale),
    languages: { select: { code: true }, orderBy: { code: "asc" } },
    locations: {
      where: { location: publicLocation },
      select: { location: { select: { district: districtSelect } } },
      take: 1,
    },
    programme: {
      select: {
        slug: true,
        translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
      },
    },
  } as const;
}

type TermRow = {
  term: { code: string; taxonomy: string; sortOrder: number; translations: Array<{ locale: string; name: string }> };
};

function termRefs(rows: TermRow[], taxonomy: "category" | "audience", locale: Locale): TermRef[] {
  return rows
    .filter((row) => row.term.taxonomy === taxonomy)
    .sort((a, b) => a.term.sortOrder - b.term.sortOrder)
    .map((row) => ({
      code: row.term.code,
      name: pickTranslation(row.term.translations, locale)?.name ?? row.term.code,
    }));
}

type SummaryRow = {
  id: string;
  slug: string;
  free: boolean;
  organization: { slug: string; name: string };
  translations: Array<{ locale: string; title: string; summary: string }>;
  terms: TermRow[];
  languages: Array<{ code: string }>;
  locations: Array<{ location: { district: { code: string; name: string } | null } }>;
  programme: { slug: string; translations: Array<{ locale: string; name: string }> } | null;
};

function toSummary(row: SummaryRow, locale: Locale, distanceKm: number | null): OfferSummary {
  const text = pickTranslation(row.translations, locale);
  return {
    id: row.id,
    slug: row.slug,
    title: text?.title ?? row.slug,
    summary: text?.summary ?? "",
    textLocale: text?.locale ?? "de",
    isFallback: text?.isFallback ?? true,
    provider: row.organization,
    categories: termRefs(row.terms, "category", locale),
    languages: row.languages.map((l) => l.code),
    free: row.free,
    district: row.locations[0]?.location.district ?? null,
    distanceKm,
    programme: row.programme
      ? {
          slug: row.programme.slug,
          name: pickTranslation(row.programme.translations, locale)?.name ?? row.programme.slug,
        }
      : null,
  };
}

export type OfferResults = {
  offers: OfferSummary[];
  total: number;
  /** at least `total` offers match, maybe more (counting stops at a thousand; a word search ranks only its best candidates) */
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  sort: "relevance" | "distance" | "recent";
  unmatchedWords: string[];
  /** categories and audiences the query names, to offer when nothing matched */
  concepts: ConceptLink[];
};
export type ConceptLink = { taxonomy: "category" | "audience"; code: string; name: string };

// Results per index version: the directory changes seldom and the same searches recur, so a
// repeated search costs no database work. SEARCH_CACHE_SIZE=0 turns it off (benchmarks).
const cacheSize = Number(process.env.SEARCH_CACHE_SIZE ?? 500);
const cache = cacheSize > 0 ? new LRUCache<string, OfferResults>({ max: cacheSize }) : null;

export async function findOffers(filter: OfferFilter, locale: Locale): Promise<OfferResults> {
  const version = await searchIndexVersion();
  // The day is part of the key: an offer that ended yesterday leaves the results at midnight.
  // "Open now" changes with the clock: such a result is kept for the minute it was read in.
  const minute = filter.open ? Math.floor(Date.now() / 60_000) : null;
  const key = JSON.stringify([version, publicDay(), minute, locale, { ...filter, view: undefined }]);
  const hit = cache?.get(key);
  if (hit) return hit;
  const results = await uncachedFindOffers(filter, locale, version);
  cache?.set(key, results);
  return results;
}

async function uncachedFindOffers(filter: OfferFilter, locale: Locale, version: number): Promise<OfferResults> {
  let listing = await listOffers(filter, locale, version);
  const pageCount = Math.max(1, Math.ceil(listing.total / PAGE_SIZE));
  // A page past the last (an old link, fewer offers since) shows the last page, not an empty list.
  const page = Math.min(filter.page, pageCount);
  if (page < filter.page && listing.total > 0) listing = await listOffers({ ...filter, page }, locale, version);
  const offers = await readCards(listing.rows, locale, version, { checked: true });
  return {
    offers,
    total: listing.total,
    totalIsLowerBound: listing.totalIsLowerBound,
    page,
    pageCount,
    sort: listing.sort,
    unmatchedWords: listing.unmatchedWords,
    concepts: await conceptLinks(listing.concepts, locale, version),
  };
}

async function conceptLinks(termIds: readonly string[], locale: Locale, version: number): Promise<ConceptLink[]> {
  if (termIds.length === 0) return [];
  const ref = await reference(version);
  return termIds
    .flatMap((id) => {
      const term = ref.terms.get(id);
      const taxonomy = term?.taxonomy;
      if (!term || (taxonomy !== "category" && taxonomy !== "audience")) return [];
      return [
        {
          term,
          link: {
            taxonomy: taxonomy as ConceptLink["taxonomy"],
            code: term.code,
            name: nameIn(term.names, locale, term.code),
          },
        },
      ];
    })
    .sort((a, b) =>
      a.term.taxonomy === b.term.taxonomy
        ? a.term.sortOrder - b.term.sortOrder
        : a.term.taxonomy === "category"
          ? -1
          : 1,
    )
    .map(({ link }) => link);
}

/** The published offers of one organisation, for its page. */
export async function listOffersOfOrganisation(slug: string, locale: Locale): Promise<OfferSummary[]> {
  const rows = await db.offer.findMany({
    where: { AND: [publicOffer(), { organization: { slug } }] },
    orderBy: { slug: "asc" },
    select: summarySelect(locale),
  });
  return rows.map((row) => toSummary(row, locale, null));
}

/** Title and provider of offers by id, for map popups. */
export async function getOfferCards(ids: string[], locale: Locale): Promise<OfferSummary[]> {
  return readCards(
    ids.slice(0, 50).map((id) => ({ id, distanceKm: null })),
    locale,
  );
}

export async function getOffer(slug: string, locale: Locale): Promise<OfferDetail | null> {
  const row = await db.offer.findFirst({
    where: { slug, ...publicOffer() },
    select: {
      ...summarySelect(locale),
      organization: { select: { slug: true, name: true, phone: true, email: true, website: true } },
      minAge: true,
      maxAge: true,
      registrationRequired: true,
      email: true,
      phone: true,
      website: true,
      lastVerifiedAt: true,
      updatedAt: true,
      schedules: {
        select: weeklySlotSelect,
        orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
      },
      locations: {
        where: { location: publicLocation },
        select: {
          location: {
            select: {
              ...addressSelect,
              district: districtSelect,
              translations: { where: { locale: { in: localesFor(locale) } } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  // Leichte Sprache is German by nature; it is offered to every reader.
  const easyRead = row.translations.find((t) => t.locale === "de")?.easyRead ?? null;
  return {
    ...toSummary(
      {
        ...row,
        organization: { slug: row.organization.slug, name: row.organization.name },
        locations: row.locations.slice(0, 1),
      },
      locale,
      null,
    ),
    origin: textOrigin(row.translations, text, ["title", "summary", "description", "eligibility", "howToJoin", "costNote"]),
    description: text?.description ?? null,
    eligibility: text?.eligibility ?? null,
    howToJoin: text?.howToJoin ?? null,
    costNote: text?.costNote ?? null,
    easyRead,
    audiences: termRefs(row.terms, "audience", locale),
    minAge: row.minAge,
    maxAge: row.maxAge,
    registrationRequired: row.registrationRequired,
    email: row.email,
    phone: row.phone,
    website: row.website,
    providerContact: {
      phone: row.organization.phone,
      email: row.organization.email,
      website: row.organization.website,
    },
    locations: row.locations.map(({ location }) => {
      const note = pickTranslation(location.translations, locale);
      return {
        name: location.name,
        street: location.street,
        postcode: location.postcode,
        city: location.city,
        latitude: location.latitude,
        longitude: location.longitude,
        district: location.district,
        wheelchairAccessible: location.wheelchairAccessible,
        accessibilityNote: note?.accessibilityNote ?? null,
        accessibilityNoteLang: note?.isFallback ? note.locale : null,
      };
    }),
    schedules: row.schedules,
    lastVerifiedAt: row.lastVerifiedAt,
    updatedAt: row.updatedAt,
  };
}
