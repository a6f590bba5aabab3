import "server-only";
import { db } from "../db";
import { pickTranslation, localesFor } from "../i18n/translation";
import { textOrigin, type TextOrigin } from "../i18n/text-origin";
import type { Locale } from "../i18n/locales";
import { publicOffer, publicOrganisation, publicProgramme } from "../offers/visibility";

export type ProgrammeSummary = {
  slug: string;
  name: string;
  summary: string;
  parentSlug: string | null;
  isFallback: boolean;
  /** the language of name and summary */
  textLocale: Locale;
};

export async function listProgrammes(locale: Locale): Promise<ProgrammeSummary[]> {
  const rows = await db.programme.findMany({
    where: publicProgramme,
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      parent: { select: { slug: true } },
      translations: {
        where: { locale: { in: localesFor(locale) } },
        select: { locale: true, name: true, summary: true },
      },
    },
  });
  return rows.map((row) => toSummary(row, pickTranslation(row.translations, locale)));
}

type SummaryText = { name: string; summary: string; isFallback: boolean; locale: Locale } | null;

function toSummary(row: { slug: string; parent: { slug: string } | null }, text: SummaryText): ProgrammeSummary {
  return {
    slug: row.slug,
    name: text?.name ?? row.slug,
    summary: text?.summary ?? "",
    parentSlug: row.parent?.slug ?? null,
    isFallback: text?.isFallback ?? true,
    textLocale: text?.locale ?? "de",
  };
}

export type ProgrammeSite = {
  organisation: { slug: string; name: string; type: string };
  district: { code: string; name: string } | null;
  latitude: number | null;
  longitude: number | null;
  groups: number | null;
  languages: string[];
  weekdays: number[];
  since: Date | null;
};

export type ProgrammeDetail = ProgrammeSummary & {
  /** which language the texts are in and whether a machine wrote them */
  origin: TextOrigin;
  description: string;
  targetGroup: string;
  howItWorks: string | null;
  hostInfo: string | null;
  funding: string | null;
  hostTypes: string[];
  contact: { organisation: { slug: string; name: string } | null; email: string | null; phone: string | null };
  children: Array<{ slug: string; name: string; summary: string }>;
  parent: { slug: string; name: string } | null;
  sites: ProgrammeSite[];
  partners: Array<{ slug: string; name: string; role: string }>;
  offerCount: number;
};

const nameIn = (locale: Locale) =>
  ({
    select: {
      slug: true,
      translations: {
        where: { locale: { in: localesFor(locale) } },
        select: { locale: true, name: true, summary: true },
      },
    },
  }) as const;

/** A programme with its current sites (of it and its sub-programmes) and partners. */
export async function getProgramme(slug: string, locale: Locale): Promise<ProgrammeDetail | null> {
  const row = await db.programme.findFirst({
    where: { slug, ...publicProgramme },
    select: {
      id: true,
      slug: true,
      contactEmail: true,
      contactPhone: true,
      contactOrg: { select: { slug: true, name: true } },
      parent: nameIn(locale),
      children: { ...nameIn(locale), orderBy: { sortOrder: "asc" } },
      hostTypes: { select: { type: true } },
      translations: { where: { locale: { in: localesFor(locale) } } },
    },
  });
  if (!row) return null;
  const programmeIds = [
    row.id,
    ...(await db.programme.findMany({ where: { parentId: row.id }, select: { id: true } })).map((p) => p.id),
  ];
  const now = new Date();
  const current = { OR: [{ until: null }, { until: { gte: now } }] };
  const [participations, offers] = await Promise.all([
    db.participation.findMany({
      where: { programmeId: { in: programmeIds }, organization: publicOrganisation, ...current },
      orderBy: { organization: { name: "asc" } },
      select: {
        role: true,
        groups: true,
        since: true,
        languages: { select: { code: true } },
        organization: { select: { id: true, slug: true, name: true, type: true } },
        location: { select: { latitude: true, longitude: true, district: { select: { code: true, name: true } } } },
      },
    }),
    db.offer.findMany({
      where: { programmeId: { in: programmeIds }, ...publicOffer() },
      select: { organizationId: true, schedules: { select: { weekday: true } } },
    }),
  ]);
  const weekdaysByOrg = new Map<string, Set<number>>();
  for (const offer of offers) {
    const days = weekdaysByOrg.get(offer.organizationId) ?? new Set<number>();
    for (const s of offer.schedules) days.add(s.weekday);
    weekdaysByOrg.set(offer.organizationId, days);
  }
  const text = pickTranslation(row.translations, locale);
  const nameOf = (p: { slug: string; translations: Array<{ locale: string; name: string; summary: string }> }) => ({
    slug: p.slug,
    name: pickTranslation(p.translations, locale)?.name ?? p.slug,
    summary: pickTranslation(p.translations, locale)?.summary ?? "",
  });
  return {
    ...toSummary(row, text),
    origin: textOrigin(row.translations, text, ["name", "summary", "description", "targetGroup", "howItWorks", "hostInfo", "funding"]),
    description: text?.description ?? "",
    targetGroup: text?.targetGroup ?? "",
    howItWorks: text?.howItWorks ?? null,
    hostInfo: text?.hostInfo ?? null,
    funding: text?.funding ?? null,
    hostTypes: row.hostTypes.map((h) => h.type),
    contact: { organisation: row.contactOrg, email: row.contactEmail, phone: row.contactPhone },
    children: row.children.map(nameOf),
    parent: row.parent ? nameOf(row.parent) : null,
    sites: participations
      .filter((p) => p.role === "host_site")
      .map((p) => ({
        organisation: { slug: p.organization.slug, name: p.organization.name, type: p.organization.type },
        district: p.location?.district ?? null,
        latitude: p.location?.latitude ?? null,
        longitude: p.location?.longitude ?? null,
        groups: p.groups,
        languages: p.languages.map((l) => l.code),
        weekdays: [...(weekdaysByOrg.get(p.organization.id) ?? [])].sort(),
        since: p.since,
      })),
    partners: participations
      .filter((p) => p.role !== "host_site")
      .map((p) => ({ slug: p.organization.slug, name: p.organization.name, role: p.role })),
    offerCount: offers.length,
  };
}
