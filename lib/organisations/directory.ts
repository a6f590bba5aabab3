import "server-only";
import { db } from "../db";
import type { DistrictCode } from "../geo/districts";
import type { Locale } from "../i18n/locales";
import type { OrganisationType } from "./types";
import { localesFor, pickTranslation } from "../i18n/translation";
import { publicLocation, publicOffer, publicOrganisation } from "../offers/visibility";

export type OrganisationSummary = {
  slug: string;
  name: string;
  type: string;
  districts: Array<{ code: string; name: string }>;
  offerCount: number;
};

export async function listOrganisations(filter: { type?: OrganisationType; district?: DistrictCode } = {}): Promise<OrganisationSummary[]> {
  const rows = await db.organization.findMany({
    where: {
      ...publicOrganisation,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.district ? { locations: { some: { ...publicLocation, district: { code: filter.district } } } } : {}),
    },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      type: true,
      locations: { where: publicLocation, select: { district: { select: { code: true, name: true } } } },
      _count: { select: { offers: { where: publicOffer() } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    type: row.type,
    districts: [...new Map(row.locations.flatMap((l) => (l.district ? [[l.district.code, l.district] as const] : []))).values()],
    offerCount: row._count.offers,
  }));
}

export type OrganisationDetail = {
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
  locations: Array<{ street: string; postcode: string; city: string; district: string | null; latitude: number; longitude: number }>;
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
        select: { street: true, postcode: true, city: true, latitude: true, longitude: true, district: { select: { name: true } } },
      },
      participations: {
        where: { OR: [{ until: null }, { until: { gte: new Date() } }] },
        select: {
          role: true,
          programme: {
            select: { slug: true, translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } } },
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
