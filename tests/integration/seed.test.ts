// The Aachen demo data holds what the demo promises: enough organisations of every kind in every
// district, offers in every category and language, programme sites, a real network, and every
// coordinate inside the district it is filed under.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sourceHash, translationState } from "@/lib/translations/status";
import { locateInAachen } from "@/lib/geo/districts";
import { locales } from "@/lib/i18n/locales";
import { seedDemo } from "@/prisma/seed/demo";
import { seedReference } from "@/prisma/seed/reference";
import { committeeReport } from "@/lib/report/figures";
import { parseReportPeriod } from "@/lib/report/period";
import { reportTables } from "@/lib/report/tables";
import { countDueForReview } from "@/lib/review/due";

beforeAll(async () => {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedDemo(tx);
    },
    { timeout: 120_000 },
  );
});

describe("Aachen demo data", () => {
  it("has at least 60 organisations of every type, in all seven districts", async () => {
    expect(await db.organization.count()).toBeGreaterThanOrEqual(60);
    const types = await db.organization.groupBy({ by: ["type"], _count: true });
    expect(types.map((t) => t.type).sort()).toEqual(
      [
        "city_department",
        "education_provider",
        "employment_agency",
        "family_centre",
        "health_service",
        "integration_centre",
        "kita",
        "migrant_organisation",
        "network",
        "political_body",
        "primary_school",
        "secondary_school",
        "sports_club",
        "volunteer_initiative",
        "welfare_association",
        "youth_service",
      ].sort(),
    );
    const districts = await db.district.findMany({ select: { code: true, _count: { select: { locations: true } } } });
    expect(districts).toHaveLength(7);
    for (const d of districts) expect(d._count.locations, d.code).toBeGreaterThan(0);
  });

  it("has the KI with its teams and KIM", async () => {
    const ki = await db.organization.findUniqueOrThrow({
      where: { slug: "ki-aachen" },
      select: { children: { select: { slug: true } } },
    });
    expect(ki.children.map((c) => c.slug).sort()).toEqual(["ki-kim", "ki-team-bildung", "ki-team-querschnitt"]);
  });

  it("places every location inside the district it is filed under", async () => {
    const locations = await db.location.findMany({
      select: { latitude: true, longitude: true, statisticalDistrictId: true, district: { select: { code: true } } },
    });
    expect(locations.length).toBeGreaterThanOrEqual(60);
    for (const l of locations) {
      const place = locateInAachen(l.latitude, l.longitude);
      expect(place, `${l.latitude},${l.longitude}`).not.toBeNull();
      expect(l.district?.code).toBe(place!.district);
      expect(l.statisticalDistrictId).toBe(place!.code);
    }
  });

  it("has at least 150 published offers covering every category", async () => {
    expect(await db.offer.count({ where: { status: "published" } })).toBeGreaterThanOrEqual(150);
    const categories = await db.taxonomyTerm.findMany({
      where: { taxonomy: "category" },
      select: { code: true, _count: { select: { offers: true } } },
    });
    expect(categories).toHaveLength(10);
    for (const c of categories) expect(c._count.offers, c.code).toBeGreaterThan(0);
  });

  it("has titles and summaries in all seven locales for at least 40 offers", async () => {
    const perOffer = await db.offerTranslation.groupBy({
      by: ["offerId"],
      where: { title: { not: "" }, summary: { not: "" } },
      _count: { locale: true },
    });
    const complete = perOffer.filter((row) => row._count.locale === locales.length);
    expect(complete.length).toBeGreaterThanOrEqual(40);
    expect(await db.offerTranslation.count({ where: { locale: { notIn: [...locales] } } })).toBe(0);
  });

  it("has all six programmes, IfKuF as umbrella, and at least 25 Griffbereit and Rucksack sites", async () => {
    const programmes = await db.programme.findMany({ select: { slug: true, parent: { select: { slug: true } } } });
    expect(programmes.map((p) => p.slug).sort()).toEqual(["griffbereit", "ifkuf", "kim", "komm-an", "rucksack-kita", "rucksack-schule"]);
    expect(programmes.filter((p) => p.parent?.slug === "ifkuf").map((p) => p.slug).sort()).toEqual([
      "griffbereit",
      "rucksack-kita",
      "rucksack-schule",
    ]);
    const sites = await db.participation.findMany({
      where: { role: "host_site", programme: { slug: { in: ["griffbereit", "rucksack-kita", "rucksack-schule"] } } },
      select: { organization: { select: { type: true } } },
    });
    expect(sites.length).toBeGreaterThanOrEqual(25);
    expect(new Set(sites.map((s) => s.organization.type))).toEqual(new Set(["kita", "family_centre", "primary_school"]));
    for (const slug of ["komm-an", "ifkuf", "griffbereit", "rucksack-kita", "rucksack-schule", "kim"]) {
      const texts = await db.programmeTranslation.count({ where: { programme: { slug } } });
      expect(texts, slug).toBe(locales.length);
    }
  });

  it("has at least 120 relationships between distinct organisations", async () => {
    const relationships = await db.relationship.findMany({ select: { fromId: true, toId: true } });
    expect(relationships.length).toBeGreaterThanOrEqual(120);
    expect(relationships.filter((r) => r.fromId === r.toId)).toEqual([]);
  });

  it("creates the five demo accounts (two coordinators), the editor bound to an organisation, the translator to Farsi and Arabic", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true, organizationId: true, passwordHash: true } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@wegweiser.test", "admin"],
      ["bildung@wegweiser.test", "coordinator"],
      ["coordinator@wegweiser.test", "coordinator"],
      ["editor@wegweiser.test", "editor"],
      ["translator@wegweiser.test", "translator"],
    ]);
    expect(users.find((u) => u.role === "editor")!.organizationId).not.toBeNull();
    const languages = await db.translatorLanguage.findMany({ where: { user: { role: "translator" } }, orderBy: { locale: "asc" } });
    expect(languages.map((l) => l.locale)).toEqual(["ar", "fa"]);
    for (const u of users) expect(u.passwordHash).toMatch(/^\$2[aby]\$10\$/);
  });

  it("marks the demo translations as reviewed and made from the German beside them", async () => {
    const offers = await db.offer.findMany({
      take: 20,
      orderBy: { slug: "asc" },
      select: { translations: { select: { locale: true, title: true, summary: true, description: true, eligibility: true, howToJoin: true, costNote: true, status: true, sourceHash: true } } },
    });
    let translated = 0;
    for (const offer of offers) {
      const german = offer.translations.find((t) => t.locale === "de")!;
      const current = sourceHash("offer", german);
      for (const row of offer.translations.filter((t) => t.locale !== "de")) {
        translated++;
        expect(translationState(row, current)).toBe("reviewed");
        expect(row.sourceHash).toBe(current);
      }
    }
    expect(translated).toBeGreaterThan(0);
  });

  it("tells a history, so the report's default period compares with a previous one that differs", async () => {
    const report = await committeeReport(parseReportPeriod({}), "de");
    const key = reportTables(report).find((t) => t.id === "key")!;
    const [partners, offers, , , started] = key.rows.map((r) => r.cells);
    // Partners and offers entered in the last three months; ties begun within them.
    expect(partners![0]).toBeGreaterThan(partners![1]!);
    expect(offers![0]).toBeGreaterThan(offers![1]!);
    expect(started![0]! + started![1]!).toBeGreaterThan(0);
    // Nothing was checked before it was entered.
    for (const [table, rows] of [
      ["organisation", await db.organization.findMany({ select: { createdAt: true, lastVerifiedAt: true } })],
      ["offer", await db.offer.findMany({ select: { createdAt: true, lastVerifiedAt: true } })],
    ] as const)
      for (const row of rows) expect(row.lastVerifiedAt!.getTime(), table).toBeGreaterThanOrEqual(row.createdAt.getTime());
  });

  it("keeps a review queue a coordinator can work through: about a hundred entries", async () => {
    const coordinator = await db.user.findFirstOrThrow({ where: { role: "coordinator" } });
    const due = await countDueForReview({ id: coordinator.id, role: "coordinator", organizationId: null });
    const total = due.organisations + due.offers;
    expect(total).toBeGreaterThanOrEqual(60);
    expect(total).toBeLessThanOrEqual(160);
  });
});
