// An import leaves the same history as saving each record in its form: one audit entry per record
// it creates or changes, with the record before and after, besides the entry for the file. Large
// imports that change more than a thousand existing records stay within the databases' limits.
import { beforeAll, describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit/diff";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { applyImport } from "@/lib/hsds/import/run";
import { seedReferenceAndProgrammes } from "../support/seed";

const header =
  "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,min_age,street,postcode,city,latitude,longitude,schedule,status";
const good = [
  "kurs-1,verein-1,Brückenbauer e. V.,migrant_organisation,Sprachcafé Ostviertel,Deutsch üben bei Tee.,16,Markt 1,52062,Aachen,50.7757,6.0839,Mi 15:00-17:00/2,published",
  "kurs-2,verein-1,Brückenbauer e. V.,migrant_organisation,Nähwerkstatt Rothe Erde,Gemeinsam nähen.,,Adalbertsteinweg 60,52070,Aachen,50.7739,6.1057,Di 10:00-12:00,draft",
];
const file = (lines: string[], name = "angebote.csv") => ({ name, text: [header, ...lines].join("\n") });

let coordinator: Actor;

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "koordination@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
});

/** The entries a step adds: ids not there before it. */
async function added<T>(step: () => Promise<T>) {
  const known = new Set((await db.auditEntry.findMany({ select: { id: true } })).map((e) => e.id));
  const result = await step();
  const entries = (
    await db.auditEntry.findMany({ orderBy: [{ entityType: "asc" }, { action: "asc" }, { summary: "asc" }] })
  ).filter((e) => !known.has(e.id));
  return { result, entries };
}

describe("the history an import leaves", () => {
  it("writes one entry per created record with its values, and one for the file", async () => {
    const { result, entries } = await added(() => applyImport(file(good), coordinator));
    expect(result).toMatchObject({ ok: true, data: { applied: true } });
    const offer = await db.offer.findUniqueOrThrow({ where: { externalId: "kurs-1" }, select: { id: true } });
    expect(entries.map((e) => [e.entityType, e.action, e.summary])).toEqual([
      ["Import", "import", "angebote.csv"],
      ["Location", "importCreate", "Adalbertsteinweg 60, Brückenbauer e. V."],
      ["Location", "importCreate", "Markt 1, Brückenbauer e. V."],
      ["Offer", "importCreate", "Nähwerkstatt Rothe Erde"],
      ["Offer", "importCreate", "Sprachcafé Ostviertel"],
      ["Organization", "importCreate", "Brückenbauer e. V."],
    ]);
    expect(entries.every((e) => e.userId === coordinator!.id)).toBe(true);
    const created = entries.find((e) => e.entityId === offer.id)!;
    expect(created.before).toBeNull();
    // The same snapshot the offer form writes: its flat form values, as text.
    expect(created.after).toMatchObject({
      status: "published",
      minAge: "16",
      "translations.de.title": "Sprachcafé Ostviertel",
      "schedules.0.weekday": "3",
      "schedules.0.interval": "2",
    });
  });

  it("writes before and after of each changed record only", async () => {
    const changed = [good[0]!.replace(",16,", ",18,").replace("Mi 15:00", "Do 15:00"), good[1]!];
    const { result, entries: all } = await added(() => applyImport(file(changed), coordinator));
    expect(result).toMatchObject({ ok: true, data: { applied: true } });
    const entries = all.filter((e) => e.entityType !== "Import");
    expect(entries.map((e) => [e.entityType, e.action, e.summary])).toEqual([
      ["Offer", "importUpdate", "Sprachcafé Ostviertel"],
    ]);
    expect(changedFields(entries[0]!.before, entries[0]!.after)).toEqual([
      { field: "minAge", before: "16", after: "18" },
      { field: "schedules.0.weekday", before: "3", after: "4" },
    ]);
  });

  it("writes no entry when a rejected line stops the import", async () => {
    const before = await db.auditEntry.count();
    const outcome = await applyImport(
      file([good[0]!.replace(",16,", ",18,"), "kurs-3,verein-1,,,,,,,,,,,,"]),
      coordinator,
    );
    expect(outcome).toMatchObject({ ok: false, formError: "rejected" });
    expect(await db.auditEntry.count()).toBe(before);
  });

  it("changes 1,200 existing offers and renames 1,200 organisations in one import", async () => {
    const count = 1200;
    const lines = (name: string, status: string) =>
      Array.from(
        { length: count },
        (_, i) => `gross-${i},traeger-${i},${name} ${i},kita,Angebot ${i},Kurz.,,,,,,,,${status}`,
      );
    expect(await applyImport(file(lines("Kita", "published"), "erst.csv"), coordinator)).toMatchObject({
      ok: true,
      data: { counts: { create: count } },
    });
    const { result: outcome, entries: all } = await added(() =>
      applyImport(file(lines("Kindertagesstätte", "draft"), "zweit.csv"), coordinator),
    );
    expect(outcome, JSON.stringify(outcome).slice(0, 300)).toMatchObject({
      ok: true,
      data: { applied: true, counts: { update: count, reject: 0 } },
    });
    if (!outcome.ok) return;
    expect(outcome.data.counts.offers.update).toBe(count);
    expect(outcome.data.counts.organisations.update).toBe(count);
    const tally = new Map<string, number>();
    for (const e of all) tally.set(`${e.entityType} ${e.action}`, (tally.get(`${e.entityType} ${e.action}`) ?? 0) + 1);
    expect([...tally].map(([key, n]) => [...key.split(" "), n]).sort()).toEqual(
      [
        ["Import", "import", 1],
        ["Offer", "importUpdate", count],
        ["Organization", "importUpdate", count],
      ].sort(),
    );
    expect(await db.offer.count({ where: { externalId: { startsWith: "gross-" }, status: "draft" } })).toBe(count);
    // Two imports of 1,200 lines on a busy machine.
  }, 180_000);
});
