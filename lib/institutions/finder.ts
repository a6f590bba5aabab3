import "server-only";
// The programme finder for institutions: which programmes a Kita, school or association of a
// given kind can host, why, and where they already run nearest to it.
import { db } from "../db";
import { districtCentre, type DistrictCode } from "../geo/districts";
import { distanceKm } from "../geo/distance";
import type { Locale } from "../i18n/locales";
import { localesFor, pickTranslation } from "../i18n/translation";
import type { OrganisationType } from "../organisations/types";
import { publicOrganisation, publicProgramme } from "../offers/visibility";

export const interests = [
  "parent-education",
  "early-childhood",
  "newcomers",
  "volunteering",
  "case-management",
] as const;
export type Interest = (typeof interests)[number];

// What each interest leads to, per the programmes' purpose (council paper of 19.04.2021).
const programmesFor: Record<Interest, readonly string[]> = {
  "parent-education": ["griffbereit", "rucksack-kita", "rucksack-schule"],
  "early-childhood": ["griffbereit"],
  newcomers: ["komm-an", "kim"],
  volunteering: ["komm-an"],
  "case-management": ["kim"],
};

export type FinderQuery = { type: OrganisationType; district?: DistrictCode; interest?: Interest };

export type NearbySite = {
  organisation: { slug: string; name: string };
  district: string | null;
  distanceKm: number | null;
};

export type ProgrammeMatch = {
  slug: string;
  name: string;
  summary: string;
  isFallback: boolean;
  /** the language of name and summary */
  textLocale: Locale;
  parent: string | null;
  sitesInDistrict: number;
  nearest: NearbySite[];
};

export async function findProgrammesFor(query: FinderQuery, locale: Locale): Promise<ProgrammeMatch[]> {
  const wanted = query.interest ? programmesFor[query.interest] : null;
  const programmes = await db.programme.findMany({
    where: {
      ...publicProgramme,
      // Umbrellas (IfKuF) are not hosted themselves; their sub-programmes are.
      children: { none: {} },
      hostTypes: { some: { type: query.type } },
      ...(wanted ? { slug: { in: [...wanted] } } : {}),
    },
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      parent: {
        select: {
          translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
        },
      },
      translations: {
        where: { locale: { in: localesFor(locale) } },
        select: { locale: true, name: true, summary: true },
      },
      participations: {
        where: {
          role: "host_site",
          organization: publicOrganisation,
          OR: [{ until: null }, { until: { gte: new Date() } }],
        },
        select: {
          organization: { select: { slug: true, name: true } },
          location: { select: { latitude: true, longitude: true, district: { select: { code: true, name: true } } } },
        },
      },
    },
  });
  const centre = query.district ? districtCentre(query.district) : null;
  return programmes.map((p) => {
    const text = pickTranslation(p.translations, locale);
    const sites = p.participations.map((s) => ({
      organisation: s.organization,
      district: s.location?.district?.name ?? null,
      districtCode: s.location?.district?.code ?? null,
      distanceKm:
        centre && s.location ? distanceKm(centre, { lat: s.location.latitude, lng: s.location.longitude }) : null,
    }));
    const nearest = [...sites].sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity)).slice(0, 3);
    return {
      slug: p.slug,
      name: text?.name ?? p.slug,
      summary: text?.summary ?? "",
      isFallback: text?.isFallback ?? true,
      textLocale: text?.locale ?? "de",
      parent: p.parent ? (pickTranslation(p.parent.translations, locale)?.name ?? null) : null,
      sitesInDistrict: sites.filter((s) => s.districtCode === query.district).length,
      nearest: nearest.map(({ organisation, district, distanceKm }) => ({ organisation, district, distanceKm })),
    };
  });
}
