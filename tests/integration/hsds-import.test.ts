// Importing offers from CSV: the dry run says per line what would happen and why a line is
// rejected; the import writes all of it or nothing; reading the same file again changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { csvTemplate } from "@/lib/hsds/csv-format";
import { applyImport, decodeUpload, planImport, type ImportOutcome, type ImportReport } from "@/lib/hsds/import/run";
import { parseOfferFilter } from "@/lib/offers/filter";
import { findOffers } from "@/lib/offers/queries";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const header =
  "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,description_de,title_en,summary_en,categories,audiences,languages,free,min_age,email,website,programme,street,postcode,city,latitude,longitude,schedule,status";

const good = [
  'kurs-1,verein-1,Brückenbauer e. V.,migrant_organisation,Sprachcafé Ostviertel,Deutsch üben bei Tee.,"Jeden Mittwoch.\nAlle sind willkommen.",Language café,Practise German over tea.,language,newcomers|refugees,de|ar,ja,16,cafe@example.org,https://example.org/cafe,,Markt 1,52062,Aachen,50.7757,6.0839,Mi 15:00-17:00/2,published',
  "kurs-2,verein-1,Brückenbauer e. V.,migrant_organisation,Nähwerkstatt Rothe Erde,Gemeinsam nähen und reden.,,,,leisure-sport,women,de|tr,nein,,,,griffbereit,Adalbertsteinweg 60,52070,Aachen,50.7739,6.1057,Di 10:00-12:00; Do 10:00-12:00,published",
  "kurs-3,familienzentrum-2,Familienzentrum Haaren,family_centre,Elterncafé Haaren,Austausch für Eltern kleiner Kinder.,,,,parents-children,parents,de,1,,,,,,,,,,,draft",
];

const file = (lines: string[], name = "angebote.csv") => ({ name, text: [header, ...lines].join("\n") });
const report = (outcome: ImportOutcome): ImportReport => {
  if (outcome.ok) return outcome.data;
  if (outcome.report) return outcome.report;
  throw new Error(`refused: ${outcome.formError}`);
};
const reasonKeys = (r: ImportReport, line: number) =>
  r.rows.find((row) => row.line === line)?.reasons.map((reason) => reason.key);

let admin: Actor;
let coordinator: Actor;
let editor: Actor;

async function snapshot() {
  const [organisations, locations, offers, audits, schedules] = await Promise.all([
    db.organization.count(),
    db.location.count(),
    db.offer.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.auditEntry.count(),
    db.schedule.count(),
  ]);
  return { organisations, locations, offers, audits, schedules };
}

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = async (role: "admin" | "coordinator" | "editor", organizationId: string | null = null) => {
    const row = await db.user.create({ data: { email: `${role}@example.org`, name: role, role, organizationId } });
    return { id: row.id, role, organizationId };
  };
  const own = await db.organization.create({
    data: { slug: "eigen", name: "Eigener Verein", type: "migrant_organisation" },
  });
  admin = await user("admin");
  coordinator = await user("coordinator");
  editor = await user("editor", own.id);
});

describe("import from CSV and HSDS", () => {
  it("offers a template that the import accepts as it is", async () => {
    const outcome = await planImport(
      { name: "vorlage.csv", text: decodeUpload(new TextEncoder().encode(csvTemplate())) },
      coordinator,
    );
    const r = report(outcome);
    expect(r.fileErrors).toEqual([]);
    expect(r.rows).toMatchObject([{ line: 2, externalId: "sprachcafe-2024", action: "create", reasons: [] }]);
  });

  it("dry-runs a new file line by line and writes nothing", async () => {
    const before = await snapshot();
    const r = report(await planImport(file(good), coordinator));
    expect(r.applied).toBe(false);
    // The quoted description of line 2 spans two lines, so the next record starts on line 4.
    expect(r.rows.map((row) => [row.line, row.externalId, row.action])).toEqual([
      [2, "kurs-1", "create"],
      [4, "kurs-2", "create"],
      [5, "kurs-3", "create"],
    ]);
    expect(r.counts).toMatchObject({ create: 3, update: 0, unchanged: 0, reject: 0 });
    expect(r.counts.organisations).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(r.counts.locations).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("reports broken rows by line with their reasons, and an import of the file changes nothing", async () => {
    const broken = [
      good[0]!,
      "kurs-4,verein-1,,,,Ohne Titel.,,,,language,,de,ja,,,,,,,,,,,published",
      "kurs-5,verein-1,,,Unbekanntes Thema,Kurz.,,,,kochen,,de,ja,,,,,,,,,,,published",
      "kurs-6,verein-1,,,Falscher Ort,Kurz.,,,,language,,de,ja,,,,,Markt 1,52062,Aachen,507.757,6.0839,,published",
      "kurs-7,verein-1,,,Falsche Zeit,Kurz.,,,,language,,de,ja,,,,,,,,,,Mittwochs ab drei,published",
      "kurs-1,verein-1,,,Doppelt,Kurz.,,,,language,,de,ja,,,,,,,,,,,published",
      "kurs-8,verein-1,,,Nur Englisch,Kurz.,,Only English,,language,,de,vielleicht,200,keine-mail,,unbekannt,,,,,,,published",
      "kurs-9,verein-1,Anderer Name,,Widerspruch,Kurz.,,,,language,,de,ja,,,,,,,,,,,published",
      "kurs-10,neu-3,,,Neuer Träger ohne Namen,Kurz.,,,,language,,de,ja,,,,,,,,,,,published",
      "kurs-11,verein-1,too,few,columns",
    ];
    const before = await snapshot();
    const r = report(await planImport(file(broken), coordinator));
    expect(r.counts.reject).toBe(9);
    expect(reasonKeys(r, 2)).toEqual([]);
    expect(reasonKeys(r, 4)).toEqual(["required"]);
    expect(r.rows.find((row) => row.line === 4)?.reasons[0]?.params).toEqual({ column: "title_de" });
    expect(reasonKeys(r, 5)).toEqual(["unknownCategory"]);
    expect(reasonKeys(r, 6)).toEqual(["badCoordinates"]);
    expect(reasonKeys(r, 7)).toEqual(["badSchedule"]);
    expect(reasonKeys(r, 8)).toEqual(["duplicateId"]);
    expect(r.rows.find((row) => row.line === 8)?.reasons[0]?.params).toMatchObject({
      externalId: "kurs-1",
      firstLine: 2,
    });
    expect(reasonKeys(r, 9)?.sort()).toEqual(
      ["badAge", "badEmail", "badFlag", "translationIncomplete", "unknownProgramme"].sort(),
    );
    expect(reasonKeys(r, 10)).toEqual(["organisationMismatch"]);
    expect(reasonKeys(r, 11)?.sort()).toEqual(["requiredForNew", "requiredForNew"]);
    expect(r.rows.find((row) => row.line === 12)?.reasons).toEqual([
      { key: "syntaxColumns", params: { expected: 24, got: 5 } },
    ]);

    const outcome = await applyImport(file(broken), coordinator);
    expect(outcome).toMatchObject({ ok: false, formError: "rejected" });
    expect(report(outcome).counts.reject).toBe(9);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a file whose columns it does not know, naming them", async () => {
    const r = report(await planImport({ name: "x.csv", text: "external_id,titel_de\nx,y" }, coordinator));
    expect(r.fileErrors.map((e) => [e.key, e.params?.column])).toEqual([
      ["unknownColumn", "titel_de"],
      ["missingColumn", "organization_external_id"],
      ["missingColumn", "title_de"],
      ["missingColumn", "summary_de"],
    ]);
    expect(await applyImport({ name: "x.csv", text: "external_id,titel_de\nx,y" }, coordinator)).toMatchObject({
      ok: false,
      formError: "rejected",
    });
  });

  it("imports organisations, places and offers in one go, findable at once", async () => {
    const before = await snapshot();
    const outcome = await applyImport(file(good), coordinator);
    expect(outcome, JSON.stringify(outcome).slice(0, 500)).toMatchObject({ ok: true });
    const r = report(outcome);
    expect(r.applied).toBe(true);
    expect(r.counts).toMatchObject({ create: 3, reject: 0 });
    expect(await db.organization.count()).toBe(before.organisations + 2);
    // One entry for the file, one for each record it created (tests/integration/import-audit.test.ts).
    expect(await db.auditEntry.count()).toBe(before.audits + 1 + 2 + 2 + 3);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Import" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({
      action: "import",
      entityType: "Import",
      summary: "angebote.csv",
      userId: coordinator!.id,
    });

    const cafe = await db.offer.findUniqueOrThrow({
      where: { externalId: "kurs-1" },
      select: {
        status: true,
        free: true,
        minAge: true,
        email: true,
        organization: { select: { name: true, type: true, externalId: true } },
        translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, description: true } },
        terms: { select: { term: { select: { code: true } } } },
        languages: { select: { code: true } },
        schedules: { select: { weekday: true, opensAt: true, closesAt: true, interval: true } },
        locations: {
          select: { location: { select: { externalId: true, street: true, district: { select: { code: true } } } } },
        },
      },
    });
    expect(cafe).toMatchObject({ status: "published", free: true, minAge: 16, email: "cafe@example.org" });
    expect(cafe.organization).toEqual({
      name: "Brückenbauer e. V.",
      type: "migrant_organisation",
      externalId: "verein-1",
    });
    expect(cafe.translations).toEqual([
      { locale: "de", title: "Sprachcafé Ostviertel", description: "Jeden Mittwoch.\nAlle sind willkommen." },
      { locale: "en", title: "Language café", description: null },
    ]);
    expect(cafe.terms.map((t) => t.term.code).sort()).toEqual(["language", "newcomers", "refugees"]);
    expect(cafe.languages.map((l) => l.code).sort()).toEqual(["ar", "de"]);
    expect(cafe.schedules).toEqual([{ weekday: 3, opensAt: "15:00", closesAt: "17:00", interval: 2 }]);
    expect(cafe.locations).toEqual([
      { location: { externalId: "kurs-1#loc", street: "Markt 1", district: { code: "mitte" } } },
    ]);
    expect(
      (
        await db.offer.findUniqueOrThrow({
          where: { externalId: "kurs-2" },
          select: { programme: { select: { slug: true } } },
        })
      ).programme?.slug,
    ).toBe("griffbereit");

    const found = await findOffers(parseOfferFilter({ q: "Nähwerkstatt" }), "de");
    expect(found.offers.map((o) => o.title)).toEqual(["Nähwerkstatt Rothe Erde"]);
    // A draft is imported but not shown.
    expect((await findOffers(parseOfferFilter({ q: "Elterncafé" }), "de")).total).toBe(0);
  });

  it("finds every line unchanged when the same file comes again, and writes nothing", async () => {
    const before = await snapshot();
    const dry = report(await planImport(file(good), coordinator));
    expect(dry.rows.map((row) => row.action)).toEqual(["unchanged", "unchanged", "unchanged"]);
    const outcome = await applyImport(file(good), coordinator);
    expect(outcome).toMatchObject({
      ok: true,
      data: { applied: false, counts: { unchanged: 3, create: 0, update: 0 } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("updates what a changed line changes, and leaves the other lines alone", async () => {
    const changed = [
      good[0]!,
      good[1]!.replace("Gemeinsam nähen und reden.", "Gemeinsam nähen und flicken."),
      good[2]!,
    ];
    const before = await snapshot();
    const dry = report(await planImport(file(changed), coordinator));
    expect(dry.rows.map((row) => row.action)).toEqual(["unchanged", "update", "unchanged"]);
    expect(await applyImport(file(changed), coordinator)).toMatchObject({ ok: true, data: { applied: true } });
    const after = await snapshot();
    const moved = after.offers.filter((o, i) => o.version !== before.offers[i]!.version);
    expect(moved).toHaveLength(1);
    expect((await findOffers(parseOfferFilter({ q: "flicken" }), "de")).offers.map((o) => o.title)).toEqual([
      "Nähwerkstatt Rothe Erde",
    ]);
  });

  it("leaves what a file has no column for as it is", async () => {
    const before = await snapshot();
    const text = [
      "external_id,organization_external_id,title_de,summary_de",
      "kurs-1,verein-1,Sprachcafé Ostviertel,Deutsch üben bei Tee.",
    ].join("\n");
    const r = report(await planImport({ name: "kurz.csv", text }, coordinator));
    expect(r.rows).toMatchObject([{ line: 2, action: "unchanged" }]);
    expect(await applyImport({ name: "kurz.csv", text }, coordinator)).toMatchObject({
      ok: true,
      data: { applied: false },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("reads files saved by a German spreadsheet: semicolons, decimal commas, Windows-1252", async () => {
    const text = [
      "external_id;organization_external_id;organization_name;organization_type;title_de;summary_de;latitude;longitude;street;postcode",
      "excel-1;verein-1;Brückenbauer e. V.;migrant_organisation;Hausaufgabenhilfe Süd;Hilfe für Schülerinnen und Schüler.;50,7687;6,0921;Burtscheider Markt 1;52066",
    ].join("\r\n");
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const r = report(await planImport({ name: "excel.csv", text: decodeUpload(bytes) }, coordinator));
    expect(r.rows).toMatchObject([{ line: 2, externalId: "excel-1", action: "create", reasons: [] }]);
  });

  it("reads an HSDS document from elsewhere, reporting problems by position", async () => {
    const doc = {
      organizations: [{ id: "org-a", name: "Beratungsnetz Nord", description: "" }],
      locations: [
        {
          id: "loc-a",
          location_type: "physical",
          organization_id: "org-a",
          latitude: 50.7757,
          longitude: 6.0839,
          addresses: [{ id: "adr-a", address_1: "Markt 1", postal_code: "52062", city: "Aachen" }],
        },
      ],
      services: [
        {
          id: "svc-a",
          organization_id: "org-a",
          name: "Offene Sozialberatung",
          description: "Rat in allen Lebenslagen.\n\nOhne Termin, vertraulich.",
          status: "active",
          attributes: [
            {
              id: "at-a",
              taxonomy_term: { id: "t", taxonomy: "category", code: "counselling", name: "x", description: "" },
            },
          ],
          schedules: [
            { id: "s-a", freq: "WEEKLY", byday: "MO,WE", opens_at: "09:00", closes_at: "12:00", interval: 1 },
          ],
        },
        { id: "svc-b", organization_id: "org-x", name: "", description: "", status: "active" },
      ],
      service_at_locations: [{ id: "sal-a", service_id: "svc-a", location_id: "loc-a" }],
    };
    const r = report(await planImport({ name: "fremd.json", text: JSON.stringify(doc) }, coordinator));
    expect(r.format).toBe("hsds");
    expect(r.rows.map((row) => [row.path, row.kind, row.action, row.reasons.map((x) => x.key)])).toEqual([
      ["organizations[0]", "organisation", "create", []],
      ["locations[0]", "location", "create", []],
      ["services[0]", "offer", "create", []],
      ["services[1]", "offer", "reject", ["unknownOrganisation", "required", "required"]],
    ]);

    doc.services.pop();
    const outcome = await applyImport({ name: "fremd.json", text: JSON.stringify(doc) }, coordinator);
    expect(outcome).toMatchObject({ ok: true, data: { applied: true } });
    const offer = await db.offer.findUniqueOrThrow({
      where: { externalId: "hsds:svc-a" },
      select: {
        status: true,
        organization: { select: { type: true, externalId: true } },
        translations: { select: { summary: true, description: true } },
        terms: { select: { term: { select: { code: true } } } },
        schedules: { orderBy: { weekday: "asc" }, select: { weekday: true, opensAt: true } },
        locations: { select: { location: { select: { externalId: true } } } },
      },
    });
    expect(offer).toEqual({
      status: "published",
      organization: { type: "volunteer_initiative", externalId: "hsds:org-a" },
      translations: [{ summary: "Rat in allen Lebenslagen.", description: "Ohne Termin, vertraulich." }],
      terms: [{ term: { code: "counselling" } }],
      schedules: [
        { weekday: 1, opensAt: "09:00" },
        { weekday: 3, opensAt: "09:00" },
      ],
      locations: [{ location: { externalId: "hsds:loc-a" } }],
    });
  });

  it("refuses partner editors and visitors before reading the file", async () => {
    for (const actor of [editor, null]) {
      const before = await snapshot();
      expect(await planImport(file(good), actor)).toMatchObject({ ok: false, formError: "forbidden" });
      expect(await applyImport(file([good[0]!.replace("kurs-1", "kurs-x")]), actor)).toMatchObject({
        ok: false,
        formError: "forbidden",
      });
      expect(await snapshot()).toEqual(before);
    }
    expect(await planImport(file(good), admin)).toMatchObject({ ok: true });
  });
});
