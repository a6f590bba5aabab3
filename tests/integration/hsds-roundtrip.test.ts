// An HSDS export read back: into the same database it changes nothing, and into a database emptied
// of everything but the reference data (districts, taxonomy, programmes) it brings back the same
// published directory, apart from ids and dates.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { publishedDataset } from "@/lib/hsds/export/dataset";
import { exportCsvZip, exportGeoJson, exportHsdsJson } from "@/lib/hsds/export/formats";
import { applyImport, planImport } from "@/lib/hsds/import/run";
import type { HsdsDataset } from "@/lib/hsds/types";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { seedDemo } from "@/prisma/seed/demo";
import { seedReference } from "@/prisma/seed/reference";

let coordinator: Actor;

beforeAll(async () => {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedDemo(tx);
    },
    { timeout: 120_000 },
  );
  const user = await db.user.create({
    data: { email: "koordination@example.org", name: "Koordination", role: "coordinator" },
  });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
});

/** The dataset without what a new database cannot keep: ids (and links by id), dates, order. */
function comparable(dataset: HsdsDataset): Record<string, string[]> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value
        .map(strip)
        .map((v) => JSON.stringify(v))
        .sort();
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "id" && !key.endsWith("_id") && key !== "last_modified" && key !== "assured_date")
          .map(([key, v]) => [key, strip(v)]),
      );
    return value;
  };
  return Object.fromEntries(Object.entries(dataset).map(([table, rows]) => [table, strip(rows) as string[]]));
}

async function emptyDirectory() {
  await db.participation.deleteMany();
  await db.relationship.deleteMany();
  await db.user.updateMany({ data: { organizationId: null } });
  await db.programme.updateMany({ data: { contactOrgId: null } });
  await db.offer.deleteMany();
  await db.location.deleteMany();
  await db.organization.updateMany({ data: { parentId: null } });
  await db.organization.deleteMany();
}

describe("HSDS round trip", () => {
  it("exports the published directory as CSV tables and GeoJSON", async () => {
    const dataset = await publishedDataset("de");
    const files = unzipSync(await exportCsvZip());
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "organizations.csv",
        "services.csv",
        "locations.csv",
        "service_at_locations.csv",
        "schedules.csv",
        "languages.csv",
      ]),
    );
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["taxonomy_terms.csv", "service_attributes.csv", "phones.csv", "addresses.csv"]),
    );
    const services = parse(strFromU8(files["services.csv"]!)) as string[][];
    expect(services[0]!.slice(0, 4)).toEqual(["id", "organization_id", "program_id", "name"]);
    expect(services).toHaveLength(dataset.services.length + 1);
    expect(
      services
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(dataset.services.map((s) => s.id).sort());

    const offers = await exportGeoJson("offers", "https://wegweiser.example");
    expect(offers.features).toHaveLength(dataset.service_at_locations.length);
    expect(offers.features[0]).toMatchObject({ type: "Feature", geometry: { type: "Point" } });
    expect(offers.features[0]!.properties.url).toMatch(/^https:\/\/wegweiser\.example\/de\/offers\/[a-z0-9-]+$/);
    const organisations = await exportGeoJson("organisations");
    expect(organisations.features).toHaveLength(dataset.locations.length);
  });

  it("reads its own export back into the same database as unchanged", async () => {
    const text = await exportHsdsJson();
    const outcome = await planImport({ name: "wegweiser.json", text }, coordinator);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const changed = outcome.data.rows.filter((row) => row.action !== "unchanged");
    expect(changed, JSON.stringify(changed.slice(0, 5))).toEqual([]);
  });

  it("brings the same published directory back into an emptied database", async () => {
    const before = await publishedDataset("de");
    expect(before.services.length).toBeGreaterThan(50);
    const text = await exportHsdsJson();
    await emptyDirectory();
    expect((await publishedDataset("de")).services).toEqual([]);

    const outcome = await applyImport({ name: "wegweiser.json", text }, coordinator);
    if (!outcome.ok)
      throw new Error(JSON.stringify(outcome.report?.rows.filter((r) => r.action === "reject").slice(0, 5) ?? outcome));
    expect(outcome.data).toMatchObject({ applied: true, format: "hsds", counts: { reject: 0 } });
    expect(outcome.data.counts.offers.create).toBe(before.services.length);

    const after = await publishedDataset("de");
    const [was, is] = [comparable(before), comparable(after)];
    for (const table of Object.keys(was)) expect(is[table], table).toEqual(was[table]);

    // Read once more, the same file changes nothing.
    const again = await applyImport({ name: "wegweiser.json", text }, coordinator);
    expect(again).toMatchObject({ ok: true, data: { applied: false } });
    if (again.ok) expect(again.data.rows.every((row) => row.action === "unchanged")).toBe(true);
  });
});
