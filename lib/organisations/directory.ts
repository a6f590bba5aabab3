import "server-only";
import { db } from "../db";
import type { DistrictCode } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import type { OrganisationType } from "./types";
import { localesFor, pickTranslation } from "../i18n/translation";
import { textOrigin, type TextOrigin } from "../i18n/text-origin";
import { publicLocation, publicOffer, publicOrganisation } from "../offers/visibility";

export type OrganisationSummary = {
  slug: string;
  name: string;
  type: string;
  districts: Array<{ code: string; name: string }>;
  offerCount: number;
};

/** Partners per page of the directory: a page's cost follows it, not the size of the network. */
export const DIRECTORY_PAGE_SIZE = 24;

export type OrganisationPage = {
  organisations: OrganisationSummary[];
  total: number;
  /** the page shown: the one asked for, or the last when that lies beyond it */
  page: number;
  pageCount: number;
};

type DirectoryWhere = { type?: OrganisationType; district?: DistrictCode };

const directoryWhere = (filter: DirectoryWhere) => ({
  ...publicOrganisation,
  ...(filter.type ? { type: filter.type } : {}),
  ...(filter.district ? { locations: { some: { ...publicLocation, district: { code: filter.district } } } } : {}),
});

/** One page of the published partners by name; a page past the last shows the last. */
export async function pageOfOrganisations(filter: DirectoryWhere & { page?: number }): Promise<OrganisationPage> {
  const where = directoryWhere(filter);
  const total = await db.organization.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const organisations = await summaries(where, { skip: (page - 1) * DIRECTORY_PAGE_SIZE, take: DIRECTORY_PAGE_SIZE });
  return { organisations, total, page, pageCount };
}

/** The partners behind map pins, by slug (at most a popup's worth). */
export async function getOrganisationCards(slugs: readonly string[]): Promise<OrganisationSummary[]> {
  const wanted = [...new Set(slugs)].slice(0, 50);
  if (wanted.length === 0) return [];
  return summaries({ ...publicOrganisation, slug: { in: wanted } }, {});
}

async function summaries(
  where: ReturnType<typeof directoryWhere> | (typeof publicOrganisation & { slug: { in: string[] } }),
  range: { skip?: number; take?: number },
): Promise<OrganisationSummary[]> {
  const rows = await db.organization.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...range,
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      locations: { where: publicLocation, select: { district: { select: { code: true, name: true } } } },
    },
  });
  // Counted for the page's partners in one grouped query: a count per partner as a relation
  // count costs a tenth of a second per page at 100,000 offers.
  const counts = await db.offer.groupBy({
    by: ["organizationId"],
    where: { organizationId: { in: rows.map((r) => r.id) }, ...publicOffer() },
    _count: true,
  });
  const offerCount = new Map(counts.map((c) => [c.organizationId, c._count]));
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    type: row.type,
    districts: [
      ...new Map(row.locations.flatMap((l) => (l.district ? [[l.district.code, l.district] as const] : []))).values(),
    ],
    offerCount: offerCount.get(row.id) ?? 0,
  }));
}

export type OrganisationDetail = {
  /** which language the description is in and whether a machine wrote it */
  origin: TextOrigin;
  slug: string;
  name: string;
  type: string;
  description: string | null;
  descriptionLocale: Locale;
  isFallback: boolean;
  email: string | null;
  phone: string | null;
  website: string | null;
  parent: { slug: string; name: string } | null;
  locations: Array<{
    street: string;
    postcode: string;
    city: string;
    district: string | null;
    latitude: number;
    longitude: number;
  }>;
  programmes: Array<{ slug: string; name: string; role: string }>;
  lastVerifiedAt: Date | null;
};

export async function getOrganisation(slug: string, locale: Locale): Promise<OrganisationDetail | null> {
  const row = await db.organization.findFirst({
    where: { slug, ...publicOrganisation },
    select: {
      slug: true,
      name: true,
      type: true,
      email: true,
      phone: true,
      website: true,
      lastVerifiedAt: true,
      parent: { select: { slug: true, name: true } },
      translations: { where: { locale: { in: localesFor(locale) } } },
      locations: {
        where: publicLocation,
        select: {
          street: true,
          postcode: true,
          city: true,
          latitude: true,
          longitude: true,
          district: { select: { name: true } },
        },
      },
      participations: {
        where: { OR: [{ until: null }, { until: { gte: new Date() } }] },
        select: {
          role: true,
          programme: {
            select: {
              slug: true,
              translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    description: text?.description ?? null,
    descriptionLocale: text?.locale ?? "de",
    origin: textOrigin(row.translations, text, ["description"]),
    isFallback: text?.isFallback ?? false,
    email: row.email,
    phone: row.phone,
    website: row.website,
    parent: row.parent,
    lastVerifiedAt: row.lastVerifiedAt,
    locations: row.locations.map((l) => ({ ...l, district: l.district?.name ?? null })),
    programmes: row.participations.map((p) => ({
      slug: p.programme.slug,
      name: pickTranslation(p.programme.translations, locale)?.name ?? p.programme.slug,
      role: p.role,
    })),
  };
}
