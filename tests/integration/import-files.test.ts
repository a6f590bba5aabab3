// Import files that are broken, large or meant as an example: an HSDS document with null in its
// lists is rejected record by record with the place named, a file over the limit is refused before
// it is read, the report of a large bad file reaches the page one small page at a time, and the
// template's example line, imported as it is, stays a draft.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { csvTemplate } from "@/lib/hsds/csv-format";
import { MAX_IMPORT_BYTES } from "@/lib/hsds/import/limits";
import { pageOfReport, REPORT_PAGE_SIZE } from "@/lib/hsds/import/report-page";
import { offerTextLimits } from "@/lib/offers/schema";
import { applyImport, decodeUpload, planImport, type ImportOutcome, type ImportReport } from "@/lib/hsds/import/run";
import { seedReferenceAndProgrammes } from "../support/seed";

let coordinator: Actor;

const report = (outcome: ImportOutcome): ImportReport => {
  if (outcome.ok) return outcome.data;
  if (outcome.report) return outcome.report;
  throw new Error(`refused: ${outcome.formError}`);
};

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "koordination@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
});

const location = {
  id: "loc-a",
  organization_id: "org-a",
  latitude: 50.7757,
  longitude: 6.0839,
  addresses: [{ address_1: "Markt 1", postal_code: "52062", city: "Aachen" }],
};
const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  organization_id: "org-a",
  name: `Beratung ${id}`,
  description: "Rat in allen Lebenslagen.",
  status: "active",
  ...extra,
});

describe("imports of broken, large and example files", () => {
  it("rejects null entries and values of the wrong kind per record, naming the place", async () => {
    const doc = {
      organizations: [null, { id: "org-a", name: "Beratungsnetz Nord", phones: [null] }],
      locations: [location, { ...location, id: "loc-b", addresses: [null] }, 7],
      services: [
        service("svc-ok"),
        null,
        service("svc-null", {
          schedules: [null],
          languages: [null, { code: "de" }],
          attributes: [null],
          cost_options: [null],
          phones: [null],
          service_at_locations: [null],
        }),
        service("svc-type", { name: 5, schedules: "Mo 9-12", organization: "org-a" }),
      ],
      service_at_locations: [null, { id: "sal-a", service_id: "svc-ok", location_id: "loc-a" }],
      taxonomy_terms: [null],
    };
    const outcome = await planImport({ name: "kaputt.json", text: JSON.stringify(doc) }, coordinator);
    const r = report(outcome);
    const rows: Record<string, ImportReport["rows"][number]> = Object.fromEntries(r.rows.map((row) => [row.path, row]));
    const fields = (path: string) => rows[path]?.reasons.filter((x) => x.key === "badType").map((x) => x.params?.field);

    expect(rows["organizations[0]"]).toMatchObject({ action: "reject", kind: "organisation" });
    expect(fields("organizations[0]")).toEqual(["organizations[0]"]);
    expect(fields("organizations[1]")).toEqual(["organizations[1].phones[0]"]);
    expect(rows["locations[0]"]).toMatchObject({ action: "create", reasons: [] });
    expect(fields("locations[1]")).toEqual(["locations[1].addresses[0]"]);
    expect(fields("locations[2]")).toEqual(["locations[2]"]);
    expect(fields("services[1]")).toEqual(["services[1]"]);
    expect(fields("services[2]")?.sort()).toEqual(
      [
        "services[2].attributes[0]",
        "services[2].cost_options[0]",
        "services[2].languages[0]",
        "services[2].phones[0]",
        "services[2].schedules[0]",
        "services[2].service_at_locations[0]",
      ].sort(),
    );
    expect(rows["services[3]"]?.reasons).toEqual(
      expect.arrayContaining([
        { key: "badType", params: { field: "services[3].name", expected: "string" } },
        { key: "badType", params: { field: "services[3].schedules", expected: "array" } },
        { key: "badType", params: { field: "services[3].organization", expected: "object" } },
      ]),
    );
    // Links and terms have no line of their own: a broken one is a problem of the file.
    expect(r.fileErrors.map((e) => e.params?.field)).toEqual(["service_at_locations[0]", "taxonomy_terms[0]"]);
    // The good service is still judged on its own.
    expect(rows["services[0]"]?.reasons).toEqual([]);

    const before = await db.offer.count();
    expect(await applyImport({ name: "kaputt.json", text: JSON.stringify(doc) }, coordinator)).toMatchObject({
      ok: false,
      formError: "rejected",
    });
    expect(await db.offer.count()).toBe(before);
  });

  it("answers a top-level null, a list that is no list and a bare null with reasons, not an error", async () => {
    for (const text of ["null", "[null]", '{"services": null, "organizations": [null]}', '{"services": {"a": 1}}']) {
      const r = report(await planImport({ name: "x.json", text }, coordinator));
      expect(r.fileErrors.length + r.counts.reject, text).toBeGreaterThan(0);
    }
  });

  it("refuses a file over the limit without reading it", async () => {
    const text = `external_id,organization_external_id,title_de,summary_de\n${"x,y,z,w\n".repeat(MAX_IMPORT_BYTES / 8 + 1)}`;
    expect(await planImport({ name: "gross.csv", text }, coordinator)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "tooLarge",
    });
  });

  it("pages the report of a large bad file, rejected lines first, small enough to send", async () => {
    const header = "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,email";
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0
        ? `bad-${i},verein,Verein,migrant_organisation,Kurs ${i},Kurz.,${"keine-mail".repeat(200)}`
        : `good-${i},verein,Verein,migrant_organisation,Kurs ${i},Kurz.,kurs${i}@example.org`,
    );
    const full = report(await planImport({ name: "gross.csv", text: [header, ...lines].join("\n") }, coordinator));
    expect(full.counts).toMatchObject({ reject: 1000, create: 2000 });

    const first = pageOfReport(full);
    expect(first).toMatchObject({ filter: "reject", page: 1, pageCount: 1000 / REPORT_PAGE_SIZE, matching: 1000 });
    expect(first.rows).toHaveLength(REPORT_PAGE_SIZE);
    expect(first.rows.every((row) => row.action === "reject")).toBe(true);
    expect(first.rows[0]).toMatchObject({ line: 2, externalId: "bad-0" });
    // A reason quotes its cell, but not a whole page of it.
    const quoted = String(first.rows[0]!.reasons[0]!.params!.value);
    expect(quoted.length).toBeLessThanOrEqual(120);
    expect(quoted.endsWith("…")).toBe(true);
    expect(first.counts).toEqual(full.counts);
    expect(JSON.stringify(full).length).toBeGreaterThan(2_000_000);
    expect(JSON.stringify(first).length).toBeLessThan(30_000);

    const later = pageOfReport(full, { page: 3, filter: "all" });
    expect(later).toMatchObject({ filter: "all", page: 3, pageCount: 3000 / REPORT_PAGE_SIZE, matching: 3000 });
    expect(later.rows.map((row) => row.line)).toEqual(Array.from({ length: REPORT_PAGE_SIZE }, (_, i) => 102 + i));
    // A page past the end shows the last one.
    expect(pageOfReport(full, { page: 999, filter: "reject" }).page).toBe(1000 / REPORT_PAGE_SIZE);
  });

  it("judges an offer from CSV or HSDS by the rules of the offer form", async () => {
    const long = (n: number) => "x".repeat(n);
    const doc = {
      organizations: [{ id: "org-a", name: "Beratungsnetz Nord" }],
      services: [
        service("svc-rules", {
          minimum_age: 121,
          eligibility_description: long(offerTextLimits.eligibility + 1),
          fees_description: long(offerTextLimits.costNote + 1),
          schedules: [
            { byday: "MO", opens_at: "09:00", closes_at: "12:00", valid_from: "2027-02-01", valid_to: "2027-01-01" },
            { byday: "TU", opens_at: "09:00", closes_at: "12:00", notes: long(201) },
          ],
        }),
      ],
    };
    const hsds = report(await planImport({ name: "regeln.json", text: JSON.stringify(doc) }, coordinator));
    const reasons = hsds.rows.find((row) => row.path === "services[0]")?.reasons;
    expect(reasons).toHaveLength(5);
    expect(reasons).toEqual(
      expect.arrayContaining([
        { key: "badSchedule", params: { value: "MO 09:00-12:00" } },
        { key: "badSchedule", params: { value: "TU 09:00-12:00" } },
        { key: "tooLong", params: { column: "eligibility_description", max: offerTextLimits.eligibility } },
        { key: "tooLong", params: { column: "fees_description", max: offerTextLimits.costNote } },
        { key: "badAge", params: { column: "minimum_age", value: "121" } },
      ]),
    );

    const csv = [
      "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,description_en,min_age,max_age,languages",
      `r-1,verein,Verein,kita,Kurs,${long(offerTextLimits.summary + 1)},Only a description,12,6,de|deutsch`,
    ].join("\n");
    const lines = report(await planImport({ name: "regeln.csv", text: csv }, coordinator));
    expect(lines.rows[0]?.reasons).toHaveLength(4);
    expect(lines.rows[0]?.reasons).toEqual(
      expect.arrayContaining([
        { key: "tooLong", params: { column: "summary_de", max: offerTextLimits.summary } },
        { key: "translationIncomplete", params: { locale: "en" } },
        { key: "badLanguage", params: { code: "deutsch" } },
        { key: "ageOrder" },
      ]),
    );
  });

  it("imports the template's example line as a draft that nobody sees yet", async () => {
    const text = decodeUpload(new TextEncoder().encode(csvTemplate()));
    const outcome = await applyImport({ name: "vorlage.csv", text }, coordinator);
    expect(outcome).toMatchObject({ ok: true, data: { applied: true, counts: { create: 1 } } });
    const offer = await db.offer.findUniqueOrThrow({
      where: { externalId: "sprachcafe-2024" },
      select: { status: true },
    });
    expect(offer.status).toBe("draft");
  });
});
