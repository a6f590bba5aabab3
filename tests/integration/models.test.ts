// Every model of the domain can be created, read, updated and queried through the one client that
// lib/ uses, on whichever database this run targets (SQLite by default, PostgreSQL in CI too).
import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db";

const unique = () => Math.random().toString(36).slice(2, 10);

async function district() {
  const code = `d-${unique()}`;
  return db.district.create({ data: { code, name: `District ${code}` } });
}

async function organisation(overrides: { parentId?: string } = {}) {
  const slug = `org-${unique()}`;
  return db.organization.create({
    data: { slug, name: `Organisation ${slug}`, type: "migrant_organisation", ...overrides },
  });
}

describe(`domain model on ${dbKind}`, () => {
  it("stores districts with their statistical districts and population", async () => {
    const d = await district();
    const code = 1000 + Math.floor(Math.random() * 100000);
    await db.statisticalDistrict.create({ data: { code, name: "Teststadtteil", districtId: d.id } });
    await db.district.update({ where: { id: d.id }, data: { population: 12345, populationYear: 2025 } });
    const read = await db.district.findUniqueOrThrow({ where: { id: d.id }, include: { statisticalDistricts: true } });
    expect(read.population).toBe(12345);
    expect(read.statisticalDistricts.map((s) => s.code)).toEqual([code]);
  });

  it("keeps organisations with parents, translations and optimistic versions", async () => {
    const parent = await organisation();
    const child = await organisation({ parentId: parent.id });
    await db.organizationTranslation.createMany({
      data: [
        { organizationId: child.id, locale: "de", description: "Ein Verein" },
        { organizationId: child.id, locale: "ar", description: "جمعية" },
      ],
    });
    const updated = await db.organization.updateMany({
      where: { id: child.id, version: 1 },
      data: { name: "Umbenannt", version: { increment: 1 } },
    });
    expect(updated.count).toBe(1);
    // A save based on the old version matches nothing: the stale edit is detectable.
    const stale = await db.organization.updateMany({ where: { id: child.id, version: 1 }, data: { name: "Stale" } });
    expect(stale.count).toBe(0);

    const read = await db.organization.findUniqueOrThrow({
      where: { id: child.id },
      include: { parent: true, translations: { orderBy: { locale: "asc" } } },
    });
    expect(read.name).toBe("Umbenannt");
    expect(read.version).toBe(2);
    expect(read.parent?.id).toBe(parent.id);
    expect(read.translations.map((t) => t.locale)).toEqual(["ar", "de"]);
    expect(await db.organization.count({ where: { parentId: parent.id } })).toBe(1);
  });

  it("places locations in districts and finds them by district", async () => {
    const d = await district();
    const org = await organisation();
    const location = await db.location.create({
      data: {
        organizationId: org.id,
        street: "Markt 1",
        postcode: "52062",
        latitude: 50.7763,
        longitude: 6.0838,
        districtId: d.id,
        translations: { create: { locale: "de", accessibilityNote: "Stufenloser Zugang" } },
      },
    });
    await db.location.update({ where: { id: location.id }, data: { wheelchairAccessible: true } });
    const found = await db.location.findMany({ where: { districtId: d.id }, include: { translations: true } });
    expect(found).toHaveLength(1);
    expect(found[0]!.wheelchairAccessible).toBe(true);
    expect(found[0]!.latitude).toBeCloseTo(50.7763, 6);
    expect(found[0]!.translations[0]!.accessibilityNote).toBe("Stufenloser Zugang");
  });

  it("stores offers with translations, terms, languages, locations and schedules, and queries them", async () => {
    const org = await organisation();
    const location = await db.location.create({
      data: { organizationId: org.id, street: "Peterstraße 1", postcode: "52062", latitude: 50.777, longitude: 6.09 },
    });
    const term = await db.taxonomyTerm.create({
      data: { taxonomy: "category", code: `c-${unique()}`, translations: { create: [{ locale: "de", name: "Sprache" }] } },
    });
    const slug = `offer-${unique()}`;
    const offer = await db.offer.create({
      data: {
        slug,
        organizationId: org.id,
        status: "draft",
        minAge: 16,
        translations: {
          create: [
            { locale: "de", title: "Deutschkurs A1", summary: "Deutsch für Anfänger" },
            { locale: "ar", title: "دورة لغة ألمانية", summary: "للمبتدئين" },
          ],
        },
        terms: { create: [{ termId: term.id }] },
        languages: { create: [{ code: "de" }, { code: "ar" }] },
        locations: { create: [{ locationId: location.id }] },
        schedules: { create: [{ weekday: 2, opensAt: "09:00", closesAt: "12:00", validFrom: new Date("2026-01-01") }] },
      },
    });
    await db.offer.update({ where: { id: offer.id }, data: { status: "published", lastVerifiedAt: new Date() } });

    const results = await db.offer.findMany({
      where: { status: "published", languages: { some: { code: "ar" } }, terms: { some: { termId: term.id } }, minAge: { lte: 18 } },
      include: { translations: true, schedules: true, locations: { include: { location: true } }, terms: true },
    });
    expect(results.map((r) => r.slug)).toEqual([slug]);
    const read = results[0]!;
    expect(read.translations).toHaveLength(2);
    expect(read.schedules[0]).toMatchObject({ weekday: 2, opensAt: "09:00", interval: 1 });
    expect(read.locations[0]!.location.street).toBe("Peterstraße 1");

    // Deleting an offer takes its dependent rows with it.
    await db.offer.delete({ where: { id: offer.id } });
    expect(await db.offerTranslation.count({ where: { offerId: offer.id } })).toBe(0);
    expect(await db.schedule.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it("links programmes, participations and their languages", async () => {
    const parent = await db.programme.create({
      data: {
        slug: `p-${unique()}`,
        translations: { create: { locale: "de", name: "Dach", summary: "s", description: "d", targetGroup: "t" } },
      },
    });
    const child = await db.programme.create({
      data: {
        slug: `p-${unique()}`,
        parentId: parent.id,
        hostTypes: { create: [{ type: "kita" }, { type: "family_centre" }] },
        translations: { create: { locale: "de", name: "Kind", summary: "s", description: "d", targetGroup: "t" } },
      },
    });
    const org = await organisation();
    const participation = await db.participation.create({
      data: {
        programmeId: child.id,
        organizationId: org.id,
        role: "host_site",
        groups: 1,
        since: new Date("2024-09-01"),
        languages: { create: [{ code: "tr" }, { code: "de" }] },
        schedules: { create: { weekday: 3, opensAt: "15:00", closesAt: "17:00" } },
      },
    });
    await db.participation.update({ where: { id: participation.id }, data: { groups: 2 } });

    const hosts = await db.participation.findMany({
      where: { programme: { parentId: parent.id }, role: "host_site", languages: { some: { code: "tr" } } },
      include: { languages: true, schedules: true, programme: { include: { hostTypes: true } } },
    });
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.groups).toBe(2);
    expect(hosts[0]!.languages.map((l) => l.code).sort()).toEqual(["de", "tr"]);
    expect(hosts[0]!.programme.hostTypes.map((h) => h.type).sort()).toEqual(["family_centre", "kita"]);
  });

  it("records typed, dated relationships and refuses a duplicate edge", async () => {
    const a = await organisation();
    const b = await organisation();
    await db.relationship.create({ data: { fromId: a.id, toId: b.id, type: "cooperates_with", since: new Date("2020-01-01") } });
    await db.relationship.update({
      where: { fromId_toId_type: { fromId: a.id, toId: b.id, type: "cooperates_with" } },
      data: { until: new Date("2025-12-31") },
    });
    await expect(db.relationship.create({ data: { fromId: a.id, toId: b.id, type: "cooperates_with" } })).rejects.toThrow();
    const asOf = new Date("2024-06-01");
    const active = await db.relationship.findMany({
      where: { OR: [{ fromId: a.id }, { toId: a.id }], since: { lte: asOf }, until: { gte: asOf } },
    });
    expect(active).toHaveLength(1);
  });

  it("tracks inquiries with programmes, assignee and notes", async () => {
    const programme = await db.programme.create({ data: { slug: `p-${unique()}` } });
    const coordinator = await db.user.create({ data: { email: `${unique()}@example.org`, name: "Koordination", role: "coordinator" } });
    const inquiry = await db.inquiry.create({
      data: {
        institutionName: "Kita Beispiel",
        institutionType: "kita",
        contactName: "Leitung",
        email: "kita@example.org",
        message: "Wir möchten eine Griffbereit-Gruppe starten.",
        consentAt: new Date(),
        programmes: { connect: [{ id: programme.id }] },
      },
    });
    await db.inquiry.update({ where: { id: inquiry.id }, data: { status: "in_progress", assigneeId: coordinator.id } });
    await db.inquiryNote.create({ data: { inquiryId: inquiry.id, authorId: coordinator.id, body: "Rückruf vereinbart" } });
    const open = await db.inquiry.findMany({
      where: { status: "in_progress", programmes: { some: { id: programme.id } } },
      include: { notes: true, assignee: true, programmes: true },
    });
    expect(open).toHaveLength(1);
    expect(open[0]!.assignee?.email).toBe(coordinator.email);
    expect(open[0]!.notes[0]!.body).toBe("Rückruf vereinbart");
  });

  it("keeps users with roles bound to organisations and an audit trail with before and after", async () => {
    const org = await organisation();
    const editor = await db.user.create({
      data: { email: `${unique()}@example.org`, name: "Redaktion", role: "editor", organizationId: org.id, passwordHash: "x" },
    });
    await db.user.update({ where: { id: editor.id }, data: { active: false } });
    await db.auditEntry.create({
      data: {
        userId: editor.id,
        action: "update",
        entityType: "Organization",
        entityId: org.id,
        before: { name: org.name },
        after: { name: "Neu", tags: ["a", "b"] },
      },
    });
    const entries = await db.auditEntry.findMany({
      where: { entityType: "Organization", entityId: org.id },
      include: { user: { select: { email: true, role: true, active: true } } },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toEqual({ name: "Neu", tags: ["a", "b"] });
    expect(entries[0]!.user).toEqual({ email: editor.email, role: "editor", active: false });
    expect(await db.user.count({ where: { organizationId: org.id, role: "editor" } })).toBe(1);
  });
});
