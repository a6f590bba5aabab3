// The committee report: figures for a period compared with the period before, taken from the same
// coverage matrix as the coverage page, and the same figures in the PDF and the CSV.
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { coverageMatrix } from "@/lib/coverage/coverage";
import { partnerCounts } from "@/lib/coverage/partners";
import { db } from "@/lib/db";
import { reportCsv } from "@/lib/report/csv";
import { committeeReport } from "@/lib/report/figures";
import { districtDrawing } from "@/lib/report/geometry";
import { parseReportPeriod } from "@/lib/report/period";
import { mapPicture, networkPicture } from "@/lib/report/pictures";
import { reportPdf } from "@/lib/report/pdf";
import { reportTables, reportTranslator, type ReportTable } from "@/lib/report/tables";
import { seedProgrammes, seedReference } from "@/prisma/seed/reference";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// The report is made on 10 February 2026 about January 2026, compared with December 2025.
const now = new Date("2026-02-10T09:00:00Z");
const period = parseReportPeriod({ period: "custom", from: "2026-01-01", to: "2026-01-31" }, now);

beforeAll(async () => {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedProgrammes(tx);
    },
    { timeout: 120_000 },
  );
  const district = new Map((await db.district.findMany()).map((d) => [d.code, d.id]));
  const programme = new Map((await db.programme.findMany()).map((p) => [p.slug, p.id]));
  const term = async (code: string) =>
    (await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code } })).id;

  // Entered before December: a Kita in Brand and a migrant organisation in Mitte and Brand.
  const before = new Date("2025-11-15T10:00:00Z");
  const organisation = async (
    slug: string,
    type: "kita" | "migrant_organisation",
    places: string[],
    createdAt: Date,
  ) => {
    const org = await db.organization.create({ data: { slug, name: slug, type, status: "published", createdAt } });
    const ids = [];
    for (const code of places)
      ids.push(
        (
          await db.location.create({
            data: {
              organizationId: org.id,
              street: `${slug} 1`,
              postcode: "52062",
              latitude: 50.77,
              longitude: 6.08,
              districtId: district.get(code)!,
              createdAt,
            },
          })
        ).id,
      );
    return { id: org.id, places: ids };
  };
  const kita = await organisation("Kita Sonnenschein", "kita", ["brand"], before);
  // A partner without any place: not one of the "partners with a place in Aachen".
  await organisation("Landesweite Initiative", "migrant_organisation", [], before);
  const verein = await organisation("Verein Brücke", "migrant_organisation", ["mitte", "brand"], before);
  // Entered in January: counted in the period, not in December.
  const neu = await organisation(
    "Neuer Verein Haaren",
    "migrant_organisation",
    ["haaren"],
    new Date("2026-01-12T10:00:00Z"),
  );

  const site = (org: { id: string; places: string[] }, groups: number, since: Date, createdAt: Date) =>
    db.participation.create({
      data: {
        programmeId: programme.get("griffbereit")!,
        organizationId: org.id,
        locationId: org.places[0],
        role: "host_site",
        groups,
        since,
        createdAt,
      },
    });
  await site(kita, 2, day("2025-09-01"), before);
  await site(neu, 1, day("2026-01-15"), new Date("2026-01-12T10:00:00Z"));

  const language = await term("language");
  const housing = await term("housing");
  await db.offer.create({
    data: {
      slug: "sprachcafe",
      organizationId: verein.id,
      status: "published",
      createdAt: before,
      translations: { create: { locale: "de", title: "Sprachcafé", summary: "Deutsch üben" } },
      locations: { create: verein.places.map((locationId) => ({ locationId })) },
      terms: { create: [{ termId: language }] },
    },
  });
  await db.offer.create({
    data: {
      slug: "wohnungssuche",
      organizationId: neu.id,
      status: "published",
      createdAt: new Date("2026-01-20T10:00:00Z"),
      translations: { create: { locale: "de", title: "Wohnungssuche", summary: "Hilfe" } },
      locations: { create: [{ locationId: neu.places[0]! }] },
      terms: { create: [{ termId: housing }] },
    },
  });

  // One relationship began in December, one in January (entered without a start day), one ended in January.
  await db.relationship.create({
    data: { fromId: kita.id, toId: verein.id, type: "cooperates_with", since: day("2025-12-05") },
  });
  await db.relationship.create({
    data: { fromId: neu.id, toId: verein.id, type: "member_of", createdAt: new Date("2026-01-13T08:00:00Z") },
  });
  await db.relationship.create({
    data: { fromId: verein.id, toId: kita.id, type: "supports", since: day("2024-01-01"), until: day("2026-01-31") },
  });
});

const row = (tables: ReportTable[], id: string, label: string) =>
  tables.find((t) => t.id === id)!.rows.find((r) => r.label === label)!.cells;

describe("the committee report", () => {
  it("counts the period and the period before from the coverage matrix", async () => {
    const report = await committeeReport(period, "de", now);
    const tables = reportTables(report);
    // Partners, offers, sites, groups, relationships begun and ended: January, December, change.
    expect(row(tables, "key", "Partner mit Ort in Aachen")).toEqual([3, 2, 1]);
    expect(row(tables, "key", "Veröffentlichte Angebote")).toEqual([2, 1, 1]);
    expect(row(tables, "key", "Programmstandorte")).toEqual([2, 1, 1]);
    expect(row(tables, "key", "Gruppen an Programmstandorten")).toEqual([3, 2, 1]);
    expect(row(tables, "key", "Neue Beziehungen")).toEqual([1, 1, 0]);
    expect(row(tables, "key", "Beendete Beziehungen")).toEqual([1, 0, 1]);

    // The January figures are the coverage page's figures of 31 January.
    const matrix = await coverageMatrix({ asOf: new Date("2026-01-31T12:00:00Z"), locale: "de" });
    const districts = matrix.rows.map((r) => r.district.code);
    const language = row(tables, "offers", "Sprache lernen");
    expect(language.slice(0, districts.length)).toEqual(matrix.rows.map((r) => r.categoryOffers.language));
    expect(language.slice(districts.length)).toEqual([1, 1]);
    // The offer in Mitte and Brand counts in both rows, once in Aachen.
    expect(language[districts.indexOf("mitte")]).toBe(1);
    expect(language[districts.indexOf("brand")]).toBe(1);
    expect(row(tables, "sites", "Griffbereit").slice(districts.length)).toEqual([2, 1]);
    expect(row(tables, "partners", "Alle Partner")[districts.indexOf("brand")]).toBe(2);
  });

  it("counts as partners with a place in Aachen only those with a place, in every table and file", async () => {
    const report = await committeeReport(period, "de", now);
    const tables = reportTables(report);
    const districts = report.current.matrix.districts.length;
    const key = row(tables, "key", "Partner mit Ort in Aachen");
    // Kita Sonnenschein, Verein Brücke and Neuer Verein Haaren; the initiative without a place is not one.
    expect(key.slice(0, 2)).toEqual([3, 2]);
    // The partners table's column for Aachen says the same, now and in the previous period.
    expect(row(tables, "partners", "Alle Partner").slice(districts)).toEqual(key.slice(0, 2));
    expect(report.current.partners.withoutDistrict).toBe(1);
    // The coverage page shows the same count of today, from the same definition.
    expect((await partnerCounts(new Date())).all.total).toBe(3);
    const csv = reportCsv(tables, reportTranslator("de"));
    expect(csv).toContain("Das Wichtigste in Zahlen,Partner mit Ort in Aachen,Zeitraum,3");
    expect(csv).toContain("Partner nach Art und Stadtbezirk,Alle Partner,Aachen,3");
  });

  it("names the gaps, housing among them, in words", async () => {
    const report = await committeeReport(period, "de", now);
    expect(report.gapSentences).toContain("In Brand gibt es kein Angebot der Kategorie „Wohnen“.");
    expect(report.gapSentences).toContain("Aachen-Mitte hat keine Griffbereit-Gruppe.");
    expect(report.gapSentences).not.toContain("In Haaren gibt es kein Angebot der Kategorie „Wohnen“.");
  });

  it("writes the same figures into the PDF, umlauts included, and into the CSV", async () => {
    const report = await committeeReport(period, "de", now);
    const tables = reportTables(report);
    const drawing = await districtDrawing();
    const pdf = await reportPdf({
      report,
      tables,
      map: mapPicture(report, drawing),
      network: networkPicture(report, drawing),
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Kornelimünster/Walheim");
    expect(text).toContain("In Brand gibt es kein Angebot der Kategorie „Wohnen“.");
    expect(text).toContain("Neuer Verein Haaren – Verein Brücke (Mitgliedschaft, 13. Januar 2026)");
    expect(text.replace(/\s+/g, " ")).toContain("Veröffentlichte Angebote 2 1 +1");

    const csv = reportCsv(tables, reportTranslator("de"));
    expect(csv).toContain("Das Wichtigste in Zahlen,Veröffentlichte Angebote,Zeitraum,2");
    expect(csv).toContain("Angebote nach Kategorie und Stadtbezirk,Wohnen,Haaren,1");
  });
});
