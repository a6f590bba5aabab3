import "server-only";
// How well each Stadtbezirk is served: current programme sites and published offers per district,
// per programme and per category, with rates per 1,000 inhabitants where the population is known,
// and the gaps spelled out as sentences coordinators can paste into a report.
import { createTranslator } from "next-intl";
import adminDe from "../../messages/admin/de.json";
import adminEn from "../../messages/admin/en.json";
import { db } from "../db/index";
import { inForceOn } from "../db/in-force";
import { districtCodes } from "../geo/districts";
import type { AdminLocale } from "../i18n/admin-locale";
import { TIME_ZONE } from "../schedule/types";
import { publicLocation, publicOffer } from "../offers/visibility";

export type CoverageDistrict = { code: string; name: string; population: number | null; populationYear: number | null };

/** Counts of one district, or of the whole city. Keys are programme slugs and category codes. */
export type CoverageCounts = {
  sites: number;
  /** groups the current sites run, as their participations state them (a site without a figure adds none) */
  groups: number;
  offers: number;
  programmeSites: Record<string, number>;
  programmeGroups: Record<string, number>;
  programmeOffers: Record<string, number>;
  categoryOffers: Record<string, number>;
};

export type CoverageRow = CoverageCounts & { district: CoverageDistrict };

export type CoverageMatrix = {
  asOf: Date;
  locale: AdminLocale;
  districts: CoverageDistrict[];
  /** Programmes that take host sites, in their display order. */
  programmes: Array<{ slug: string; name: string }>;
  categories: Array<{ code: string; name: string }>;
  rows: CoverageRow[];
  /** An offer held in two districts counts once here, so offers are not the sum of the rows. */
  totals: CoverageCounts & { population: number | null };
};

/** The first moment of the calendar day in Aachen, as dates without time are stored (UTC midnight). */
function dayOf(at: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
  return new Date(`${day}T00:00:00Z`);
}

const nameIn = (rows: ReadonlyArray<{ locale: string; name: string }>, locale: AdminLocale, fallback: string) =>
  rows.find((r) => r.locale === locale)?.name ?? rows.find((r) => r.locale === "de")?.name ?? fallback;

const emptyCounts = (programmes: string[], categories: string[]): CoverageCounts => ({
  sites: 0,
  groups: 0,
  offers: 0,
  programmeSites: Object.fromEntries(programmes.map((p) => [p, 0])),
  programmeGroups: Object.fromEntries(programmes.map((p) => [p, 0])),
  programmeOffers: Object.fromEntries(programmes.map((p) => [p, 0])),
  categoryOffers: Object.fromEntries(categories.map((c) => [c, 0])),
});

const increment = (counts: Record<string, number>, key: string, by = 1) => {
  if (key in counts) counts[key]! += by;
};

/**
 * `enteredBy` counts only sites and offers entered into the catalogue by that moment: a report on a
 * past period leaves out what was added later. The page shows today and needs no such cut.
 */
export async function coverageMatrix({
  asOf = new Date(),
  locale = "de",
  enteredBy,
}: { asOf?: Date; locale?: AdminLocale; enteredBy?: Date } = {}): Promise<CoverageMatrix> {
  const today = dayOf(asOf);
  const entered = enteredBy ? { createdAt: { lte: enteredBy } } : {};
  const locales = [...new Set([locale, "de"])];
  const [districtRows, programmeRows, categoryRows, siteRows, offerRows] = await Promise.all([
    db.district.findMany({ select: { id: true, code: true, name: true, population: true, populationYear: true } }),
    db.programme.findMany({
      where: { status: { not: "archived" }, hostTypes: { some: {} } },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: { in: locales } }, select: { locale: true, name: true } },
      },
    }),
    db.taxonomyTerm.findMany({
      where: { taxonomy: "category" },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        translations: { where: { locale: { in: locales } }, select: { locale: true, name: true } },
      },
    }),
    db.participation.findMany({
      where: {
        role: "host_site",
        location: { districtId: { not: null } },
        ...inForceOn(today),
        ...entered,
      },
      select: { id: true, programmeId: true, groups: true, location: { select: { districtId: true } } },
    }),
    db.offerLocation.findMany({
      where: {
        offer: { ...publicOffer(asOf), ...entered },
        location: { ...publicLocation, districtId: { not: null } },
      },
      select: {
        offerId: true,
        location: { select: { districtId: true } },
        offer: { select: { programmeId: true, terms: { select: { termId: true } } } },
      },
    }),
  ]);

  // The city's own order (Mitte first), not the alphabet.
  const order = (code: string) => {
    const index = (districtCodes as readonly string[]).indexOf(code);
    return index === -1 ? districtCodes.length : index;
  };
  districtRows.sort((a, b) => order(a.code) - order(b.code) || a.name.localeCompare(b.name));

  const programmes = programmeRows.map((p) => ({ slug: p.slug, name: nameIn(p.translations, locale, p.slug) }));
  const categories = categoryRows.map((c) => ({ code: c.code, name: nameIn(c.translations, locale, c.code) }));
  const programmeSlug = new Map(programmeRows.map((p) => [p.id, p.slug]));
  const categoryCode = new Map(categoryRows.map((c) => [c.id, c.code]));
  const slugs = programmes.map((p) => p.slug);
  const codes = categories.map((c) => c.code);

  const byDistrict = new Map(districtRows.map((d) => [d.id, emptyCounts(slugs, codes)]));
  const totals = emptyCounts(slugs, codes);

  for (const site of siteRows) {
    const counts = byDistrict.get(site.location!.districtId!);
    if (!counts) continue;
    const slug = programmeSlug.get(site.programmeId);
    const groups = site.groups ?? 0;
    for (const target of [counts, totals]) {
      target.sites += 1;
      target.groups += groups;
      if (slug) {
        increment(target.programmeSites, slug);
        increment(target.programmeGroups, slug, groups);
      }
    }
  }

  // An offer at two places in the same district is one offer there.
  const seen = new Set<string>();
  const seenInCity = new Set<string>();
  for (const row of offerRows) {
    const districtId = row.location.districtId!;
    const counts = byDistrict.get(districtId);
    if (!counts || seen.has(`${districtId}:${row.offerId}`)) continue;
    seen.add(`${districtId}:${row.offerId}`);
    const first = !seenInCity.has(row.offerId);
    seenInCity.add(row.offerId);
    const slug = row.offer.programmeId ? programmeSlug.get(row.offer.programmeId) : undefined;
    const terms = row.offer.terms.map((t) => categoryCode.get(t.termId)).filter((c): c is string => !!c);
    for (const target of first ? [counts, totals] : [counts]) {
      target.offers += 1;
      if (slug) increment(target.programmeOffers, slug);
      for (const code of terms) increment(target.categoryOffers, code);
    }
  }

  const districts = districtRows.map(({ code, name, population, populationYear }) => ({
    code,
    name,
    population,
    populationYear,
  }));
  const rows = districtRows.map((d, i) => ({ district: districts[i]!, ...byDistrict.get(d.id)! }));
  const populations = districts.map((d) => d.population);
  const population =
    populations.length && populations.every((p) => p !== null) ? populations.reduce((a, b) => a! + b!, 0) : null;
  return { asOf, locale, districts, programmes, categories, rows, totals: { ...totals, population } };
}

/** Count per 1,000 inhabitants; null when the population is not known (or zero). */
export function perThousand(count: number, population: number | null | undefined): number | null {
  return population ? (count * 1000) / population : null;
}

/**
 * Rates are small where few sites serve many people (0.024 per 1,000): two significant digits keep
 * them apart, two decimals keep larger ones readable, whichever says more.
 */
export function rateFormat(locale: AdminLocale): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    maximumSignificantDigits: 2,
    roundingPriority: "morePrecision",
  });
}

export type GapKind = "group" | "site";

export type CoverageGap = {
  districtCode: string;
  districtName: string;
  programmeSlug: string;
  programmeName: string;
  /** how the programme's local presence is called: Griffbereit meets in groups */
  kind: GapKind;
};

const groupProgrammes = new Set(["griffbereit"]);

/**
 * Districts without a current site of a programme that takes host sites. A programme no district
 * has a site of (KOMM-AN and KIM work through funded partners, IfKuF through its sub-programmes)
 * is left out: it would make every district a gap and say nothing about any of them.
 */
export function gaps(matrix: CoverageMatrix): CoverageGap[] {
  const out: CoverageGap[] = [];
  for (const programme of matrix.programmes) {
    if (!matrix.totals.programmeSites[programme.slug]) continue;
    for (const row of matrix.rows) {
      if (row.programmeSites[programme.slug]) continue;
      out.push({
        districtCode: row.district.code,
        districtName: row.district.name,
        programmeSlug: programme.slug,
        programmeName: programme.name,
        kind: groupProgrammes.has(programme.slug) ? "group" : "site",
      });
    }
  }
  return out;
}

// Both catalogues have the same keys (a unit test holds them to it).
const adminMessages: Record<AdminLocale, typeof adminDe> = { de: adminDe, en: adminEn as typeof adminDe };

/** One plain sentence per gap, e.g. "Brand hat keine Griffbereit-Gruppe." */
export function gapSentences(list: readonly CoverageGap[], locale: AdminLocale): string[] {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "coverage.gaps" });
  return list.map((gap) => t("sentence", { district: gap.districtName, programme: gap.programmeName, kind: gap.kind }));
}

export type CategoryGap = { districtCode: string; districtName: string; categoryCode: string; categoryName: string };

/**
 * Districts without a published offer of a category that is offered somewhere in Aachen (housing
 * in Brand, say). A category offered nowhere is one gap for the city, not seven: it is left out
 * here and named by categoriesOfferedNowhere.
 */
export function categoryGaps(matrix: CoverageMatrix): CategoryGap[] {
  return matrix.categories
    .filter((category) => matrix.totals.categoryOffers[category.code])
    .flatMap((category) =>
      matrix.rows
        .filter((row) => !row.categoryOffers[category.code])
        .map((row) => ({
          districtCode: row.district.code,
          districtName: row.district.name,
          categoryCode: category.code,
          categoryName: category.name,
        })),
    );
}

export function categoriesOfferedNowhere(matrix: CoverageMatrix): Array<{ code: string; name: string }> {
  return matrix.categories.filter((category) => !matrix.totals.categoryOffers[category.code]);
}

/** "In Brand gibt es kein Angebot der Kategorie „Wohnen“.", and one sentence per category offered nowhere. */
export function categoryGapSentences(matrix: CoverageMatrix, locale: AdminLocale): string[] {
  const t = createTranslator({ locale, messages: adminMessages[locale], namespace: "coverage.gaps" });
  return [
    ...categoriesOfferedNowhere(matrix).map((c) => t("categoryNowhere", { category: c.name })),
    ...categoryGaps(matrix).map((gap) =>
      t("categorySentence", { district: gap.districtName, category: gap.categoryName }),
    ),
  ];
}

// ---- What the map shows: one figure per district, chosen on the page.

export type RateMode = "absolute" | "per1000";

/** "sites" and "offers" (all), "sites:<programme>", "offers:<programme>", "category:<code>". */
export type MeasureKey = string;

export function measureKeys(matrix: CoverageMatrix): MeasureKey[] {
  return [
    "sites",
    "offers",
    ...matrix.programmes.flatMap((p) => [`sites:${p.slug}`, `offers:${p.slug}`]),
    ...matrix.categories.map((c) => `category:${c.code}`),
  ];
}

/** The measure asked for, or all sites when the address names none (or one that no longer exists). */
export function parseMeasure(value: string | undefined, matrix: CoverageMatrix): MeasureKey {
  return value && measureKeys(matrix).includes(value) ? value : "sites";
}

export function parseRateMode(value: string | undefined): RateMode {
  return value === "per1000" ? "per1000" : "absolute";
}

export function countOf(counts: CoverageCounts, measure: MeasureKey): number {
  const [kind, key] = measure.split(":") as [string, string | undefined];
  if (kind === "category") return counts.categoryOffers[key!] ?? 0;
  if (kind === "sites") return key ? (counts.programmeSites[key] ?? 0) : counts.sites;
  return key ? (counts.programmeOffers[key] ?? 0) : counts.offers;
}

/** The figure per district the map colours by; null when a rate is asked for without a population. */
export function measureValues(matrix: CoverageMatrix, measure: MeasureKey, mode: RateMode) {
  return matrix.rows.map((row) => {
    const count = countOf(row, measure);
    return {
      district: row.district,
      count,
      value: mode === "per1000" ? perThousand(count, row.district.population) : count,
    };
  });
}
