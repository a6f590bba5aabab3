// Coordinators see how well each district is served: current host sites and published offers per
// district, programme and category, rates per 1,000 inhabitants once the population is entered, and
// the gaps in plain sentences. Population figures go through the one write path.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { coverageMatrix, gaps, gapSentences, measureValues, perThousand } from "@/lib/coverage/coverage";
import { db } from "@/lib/db";
import { districtFigures, updateDistrictFigures } from "@/lib/coverage/populations";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
const districtId = new Map<string, string>();
const programmeId = new Map<string, string>();

// Dates without time are stored as UTC midnight of the day; the checks run "on" 15 June 2025.
const asOf = new Date("2025-06-15T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  for (const d of await db.district.findMany()) districtId.set(d.code, d.id);
  for (const p of await db.programme.findMany()) programmeId.set(p.slug, p.id);
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };

  const kita = await db.organization.create({
    data: { slug: "kita-sonne", name: "Kita Sonne", type: "kita", status: "published" },
  });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: kita.id },
  });
  editor = { id: e.id, role: "editor", organizationId: kita.id };

  const place = async (code: string, street: string) =>
    (
      await db.location.create({
        data: {
          organizationId: kita.id,
          street,
          postcode: "52062",
          latitude: 50.77,
          longitude: 6.08,
          districtId: districtId.get(code)!,
        },
      })
    ).id;
  const mitte = await place("mitte", "Sonnenweg 1");
  const mitteToo = await place("mitte", "Sonnenweg 3");
  const brand = await place("brand", "Trierer Straße 1");
  const richterich = await place("richterich", "Horbacher Straße 1");

  const site = (
    slug: string,
    locationId: string,
    extra: { since?: Date; until?: Date; role?: "host_site" | "provider" } = {},
  ) =>
    db.participation.create({
      data: {
        programmeId: programmeId.get(slug)!,
        organizationId: kita.id,
        locationId,
        role: extra.role ?? "host_site",
        since: extra.since,
        until: extra.until,
      },
    });
  await site("griffbereit", mitte, { since: day("2024-09-01") });
  // Ended yesterday, starts tomorrow, not a host: none of these is a site today.
  await site("griffbereit", richterich, { since: day("2023-01-01"), until: day("2025-06-14") });
  await site("griffbereit", brand, { since: day("2025-06-16") });
  await site("griffbereit", brand, { role: "provider" });
  // Its last day is today: still a site.
  await site("rucksack-kita", brand, { until: day("2025-06-15") });

  const term = async (code: string) =>
    (await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code } })).id;
  const offer = (
    slug: string,
    status: "draft" | "published",
    locations: string[],
    terms: string[],
    programme?: string,
  ) =>
    db.offer.create({
      data: {
        slug,
        organizationId: kita.id,
        status,
        programmeId: programme ? programmeId.get(programme) : null,
        translations: { create: { locale: "de", title: slug, summary: slug } },
        locations: { create: locations.map((locationId) => ({ locationId })) },
        terms: { create: terms.map((termId) => ({ termId })) },
      },
    });
  const parents = await term("parents-children");
  const language = await term("language");
  await offer("eltern-kind-gruppe", "published", [mitte, brand], [parents], "griffbereit");
  await offer("sprachcafe", "published", [mitte, mitteToo], [language]);
  await offer("entwurf", "draft", [mitte], [language], "griffbereit");
});

const rowOf = (matrix: Awaited<ReturnType<typeof coverageMatrix>>, code: string) =>
  matrix.rows.find((r) => r.district.code === code)!;

describe("coverage matrix", () => {
  it("counts current host sites and published offers per district, programme and category", async () => {
    const matrix = await coverageMatrix({ asOf });
    expect(matrix.rows.map((r) => r.district.code)).toEqual([
      "mitte",
      "brand",
      "eilendorf",
      "haaren",
      "kornelimuenster-walheim",
      "laurensberg",
      "richterich",
    ]);
    expect(matrix.programmes.map((p) => p.slug)).toEqual([
      "komm-an",
      "ifkuf",
      "griffbereit",
      "rucksack-kita",
      "rucksack-schule",
      "kim",
    ]);
    expect(matrix.programmes.find((p) => p.slug === "kim")?.name).toBe("Kommunales Integrationsmanagement (KIM)");

    const mitte = rowOf(matrix, "mitte");
    expect(mitte).toMatchObject({ sites: 1, offers: 2 });
    expect(mitte.programmeSites).toMatchObject({ griffbereit: 1, "rucksack-kita": 0 });
    expect(mitte.programmeOffers).toMatchObject({ griffbereit: 1 });
    // The language café has two places in Mitte: one offer there.
    expect(mitte.categoryOffers).toMatchObject({ "parents-children": 1, language: 1, youth: 0 });

    const brand = rowOf(matrix, "brand");
    expect(brand).toMatchObject({ sites: 1, offers: 1 });
    expect(brand.programmeSites).toMatchObject({ griffbereit: 0, "rucksack-kita": 1 });
    expect(brand.programmeOffers).toMatchObject({ griffbereit: 1 });

    expect(rowOf(matrix, "richterich")).toMatchObject({ sites: 0, offers: 0 });
    // The parent-child group is held in two districts but is one offer of the city.
    expect(matrix.totals).toMatchObject({ sites: 2, offers: 2, population: null });
    expect(matrix.totals.programmeSites).toMatchObject({ griffbereit: 1, "rucksack-kita": 1 });
  });

  it("no longer counts a participation once it has ended", async () => {
    const before = await coverageMatrix({ asOf: new Date("2025-06-14T12:00:00Z") });
    expect(rowOf(before, "richterich").programmeSites.griffbereit).toBe(1);
    const after = await coverageMatrix({ asOf });
    expect(rowOf(after, "richterich").programmeSites.griffbereit).toBe(0);
    const later = await coverageMatrix({ asOf: new Date("2025-06-16T08:00:00Z") });
    expect(rowOf(later, "brand").programmeSites).toMatchObject({ griffbereit: 1, "rucksack-kita": 0 });
  });

  it("names programmes in English for an English back office", async () => {
    const matrix = await coverageMatrix({ asOf, locale: "en" });
    expect(matrix.programmes.find((p) => p.slug === "kim")?.name).toBe("Municipal Integration Management (KIM)");
    expect(matrix.categories.find((c) => c.code === "language")?.name).not.toBe("Sprache lernen");
  });
});

describe("gaps", () => {
  it("lists districts without a site of a programme that has sites elsewhere, in plain sentences", async () => {
    const matrix = await coverageMatrix({ asOf });
    const list = gaps(matrix);
    expect(list).toContainEqual({
      districtCode: "brand",
      districtName: "Brand",
      programmeSlug: "griffbereit",
      programmeName: "Griffbereit",
      kind: "group",
    });
    expect(list).toContainEqual(
      expect.objectContaining({ districtCode: "richterich", programmeSlug: "rucksack-kita", kind: "site" }),
    );
    // Mitte has its Griffbereit group and Brand its Rucksack KiTa; programmes without any site are no gap.
    expect(list.filter((g) => g.programmeSlug === "griffbereit").map((g) => g.districtCode)).not.toContain("mitte");
    expect(list.filter((g) => g.programmeSlug === "rucksack-kita").map((g) => g.districtCode)).not.toContain("brand");
    expect(list.map((g) => g.programmeSlug).filter((s) => s !== "griffbereit" && s !== "rucksack-kita")).toEqual([]);
    expect(list).toHaveLength(12);

    const german = gapSentences(list, "de");
    expect(german).toContain("Brand hat keine Griffbereit-Gruppe.");
    expect(german).toContain("Richterich hat keine Griffbereit-Gruppe.");
    expect(german).toContain("In Richterich gibt es keinen Standort von Rucksack KiTa.");
    expect(german).not.toContain("Aachen-Mitte hat keine Griffbereit-Gruppe.");
    const english = gapSentences(gaps(await coverageMatrix({ asOf, locale: "en" })), "en");
    expect(english).toContain("Kornelimünster/Walheim has no Griffbereit group.");
    expect(english).toContain("Richterich has no Rucksack KiTa site.");
  });
});

describe("district figures", () => {
  const mitte = async () => (await districtFigures()).districts.find((d) => d.code === "mitte")!;
  const token = async () => String((await districtFigures()).version);
  const figuresOf = (entries: Record<string, { population?: string; populationYear?: string }>) => entries;

  it("gives rates per 1,000 inhabitants once a coordinator has entered the population", async () => {
    const loaded = await districtFigures();
    expect(loaded.values).toMatchObject({ "districts.mitte.population": "", "districts.mitte.populationYear": "" });
    const saved = await updateDistrictFigures(
      { version: String(loaded.version), districts: figuresOf({ mitte: { population: "2000", populationYear: "2024" } }) },
      coordinator,
    );
    expect(saved.ok).toBe(true);

    const matrix = await coverageMatrix({ asOf });
    expect(rowOf(matrix, "mitte").district).toMatchObject({ population: 2000, populationYear: 2024 });
    expect(perThousand(rowOf(matrix, "mitte").offers, 2000)).toBe(1);
    const rates = measureValues(matrix, "sites:griffbereit", "per1000");
    expect(rates.find((r) => r.district.code === "mitte")).toMatchObject({ count: 1, value: 0.5 });
    expect(rates.find((r) => r.district.code === "brand")).toMatchObject({ count: 0, value: null });
    expect(measureValues(matrix, "category:language", "absolute").map((r) => r.value)).toEqual([1, 0, 0, 0, 0, 0, 0]);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "District", entityId: (await mitte()).id } });
    expect(audit).toMatchObject({ action: "update", userId: coordinator.id, summary: "Aachen-Mitte" });
    expect(audit.before).toMatchObject({ population: "", populationYear: "" });
    expect(audit.after).toMatchObject({ population: "2000", populationYear: "2024" });
  });

  it("checks the figures field by field", async () => {
    const result = await updateDistrictFigures(
      { version: await token(), districts: figuresOf({ mitte: { population: "-5", populationYear: "zwanzig" } }) },
      coordinator,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { "districts.mitte.population": ["range"] } });
    expect(result.ok ? [] : result.fieldErrors["districts.mitte.populationYear"]).toHaveLength(1);
    const tooLate = await updateDistrictFigures(
      { version: await token(), districts: figuresOf({ brand: { population: "1000001", populationYear: "2101" } }) },
      coordinator,
    );
    expect(tooLate).toMatchObject({
      ok: false,
      fieldErrors: { "districts.brand.population": ["range"], "districts.brand.populationYear": ["range"] },
    });
  });

  it("is not for partner editors", async () => {
    const result = await updateDistrictFigures({ version: await token(), districts: figuresOf({ mitte: { population: "1" } }) }, editor);
    expect(result).toMatchObject({ ok: false, formError: "forbidden" });
    expect((await mitte()).population).toBe(2000);
  });

  it("stores all seven districts typed in one save, and the answer is what is stored", async () => {
    const loaded = await districtFigures();
    const typed = Object.fromEntries(loaded.districts.map((d, i) => [d.code, { population: String(10_000 + i), populationYear: "2024" }]));
    const saved = await updateDistrictFigures({ version: String(loaded.version), districts: typed }, coordinator);
    expect(saved.ok).toBe(true);
    const after = await districtFigures();
    expect(after.districts.map((d) => d.population)).toEqual(loaded.districts.map((_, i) => 10_000 + i));
    if (saved.ok) expect(saved.data).toEqual({ version: after.version, values: after.values });
    // One history entry per district that changed.
    for (const d of after.districts) {
      const last = await db.auditEntry.findFirstOrThrow({ where: { entityType: "District", entityId: d.id }, orderBy: { createdAt: "desc" } });
      expect(last.after).toMatchObject({ population: String(d.population) });
    }
  });

  it("refuses a stale save of the set, stores none of it, and returns what the other person saved", async () => {
    const loaded = await districtFigures();
    const first = await updateDistrictFigures(
      { version: String(loaded.version), districts: figuresOf({ mitte: { population: "2500", populationYear: "2025" } }) },
      coordinator,
    );
    expect(first.ok).toBe(true);
    const stale = await updateDistrictFigures(
      {
        version: String(loaded.version),
        districts: figuresOf({ brand: { population: "7777", populationYear: "2025" }, mitte: { population: "9999", populationYear: "" } }),
      },
      coordinator,
    );
    expect(stale).toMatchObject({
      ok: false,
      formError: "conflict",
      conflict: { current: { "districts.mitte.population": "2500", "districts.mitte.populationYear": "2025" } },
    });
    if (first.ok && !stale.ok) expect(stale.conflict?.version).toBe(first.data.version);
    expect(await mitte()).toMatchObject({ population: 2500, populationYear: 2025 });
    expect((await districtFigures()).districts.find((d) => d.code === "brand")!.population).toBe(10_001);

    // With the token the conflict brought, emptying the fields clears the figures.
    const cleared = await updateDistrictFigures(
      { version: String(first.ok ? first.data.version : 0), districts: figuresOf({ mitte: { population: "", populationYear: "" } }) },
      coordinator,
    );
    expect(cleared.ok).toBe(true);
    expect(await mitte()).toMatchObject({ population: null, populationYear: null });
  });
});
