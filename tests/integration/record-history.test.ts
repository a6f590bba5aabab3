// A record's history and "restore this version": the timeline marks which versions can be restored,
// a restore brings the record back to the chosen version through its own save and is audited as a
// restore, and a version that names a record removed since is refused without changing anything.
import { beforeAll, describe, expect, it } from "vitest";
import { recordHistory, restorePlan, restoreVersion } from "@/lib/audit/history";
import { kindBySegment } from "@/lib/audit/record-kinds";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { nestValues } from "@/lib/forms/values";
import { createOffer, offerForEditing, updateOffer } from "@/lib/offers/editing";
import { verifyOffer } from "@/lib/review/due";
import { seedReferenceOnly } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let organizationId: string;
const offers = kindBySegment("offers")!;

/** The offer's form sent back with some fields changed, as a coordinator saving it would. */
async function edit(id: string, changes: Record<string, string | string[]>) {
  const found = (await offerForEditing(id))!;
  const result = await updateOffer(
    nestValues({ ...found.values, ...changes, id, version: String(found.record.version) }),
    coordinator,
  );
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
}

const entriesOf = (id: string) =>
  db.auditEntry.findMany({
    where: { entityType: "Offer", entityId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

beforeAll(async () => {
  await seedReferenceOnly();
  const c = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  organizationId = (
    await db.organization.create({ data: { slug: "traeger", name: "Träger e. V.", type: "migrant_organisation" } })
  ).id;
});

async function newOffer(extra: Record<string, unknown> = {}) {
  const created = await createOffer(
    {
      organizationId,
      status: "published",
      translations: { de: { title: "Sprachcafé", summary: "Deutsch sprechen bei Kaffee." } },
      languages: ["de"],
      schedules: [{ weekday: "2", opensAt: "10:00", closesAt: "12:00", interval: "1", note: "" }],
      ...extra,
    },
    coordinator,
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data.id;
}

describe("restoring an offer", () => {
  it("brings back the chosen version as a new change, audited as a restore", async () => {
    const id = await newOffer();
    await edit(id, { "translations.de.title": "Sprachcafé am Dienstag", "schedules.0.weekday": "3" });
    const [, firstEdit] = await entriesOf(id);
    await edit(id, {
      "translations.de.title": "Sprachcafé am Mittwoch",
      "translations.ar.title": "مقهى",
      "translations.ar.summary": "لغة",
    });
    await verifyOffer({ id }, coordinator);

    const before = await recordHistory(offers, id);
    expect(before!.entries.map((e) => e.action)).toEqual(["verify", "update", "update", "create"]);
    // The newest whole version is the record as it is; a "still correct" holds no version of its own.
    expect(before!.entries.map((e) => [e.current, e.restorable])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [false, true],
    ]);

    const plan = await restorePlan(firstEdit!.id, "de");
    expect(plan!.missing).toEqual([]);
    expect(plan!.changes.map((c) => c.field).sort()).toEqual([
      "translations.ar.summary",
      "translations.ar.title",
      "translations.de.title",
    ]);

    const restored = await restoreVersion({ entryId: firstEdit!.id }, coordinator);
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true });
    const now = await offerForEditing(id);
    expect(now!.values).toEqual(firstEdit!.after);
    expect(now!.values["translations.de.title"]).toBe("Sprachcafé am Dienstag");
    expect(now!.values["translations.ar.title"]).toBeUndefined();

    const after = await recordHistory(offers, id);
    expect(after!.entries[0]).toMatchObject({ action: "restore", current: true, restorable: false });
    expect(after!.entries[0]!.user?.id).toBe(coordinator.id);
    expect(after!.total).toBe(before!.total + 1);
  });

  it("is refused when the version names a category removed since, and changes nothing", async () => {
    const category = await db.taxonomyTerm.create({
      data: { taxonomy: "category", code: "bald-weg", translations: { create: [{ locale: "de", name: "Bald weg" }] } },
    });
    const id = await newOffer({ terms: [category.id] });
    const [created] = await entriesOf(id);
    await edit(id, { terms: [], "translations.de.title": "Sprachcafé neu" });
    await db.taxonomyTerm.delete({ where: { id: category.id } });

    const plan = await restorePlan(created!.id, "de");
    expect(plan!.missing).toEqual(["terms"]);
    const count = (await entriesOf(id)).length;
    const refused = await restoreVersion({ entryId: created!.id }, coordinator);
    expect(refused).toMatchObject({ ok: false, formError: "missingRecord", fieldErrors: { terms: ["missingRecord"] } });
    expect((await entriesOf(id)).length).toBe(count);
    expect((await offerForEditing(id))!.values["translations.de.title"]).toBe("Sprachcafé neu");
  });

  it("brings back a record the app did not create (the demo seed) as first recorded", async () => {
    // Written straight to the database, as the demo seed and older data are: no entry of its creation.
    const seeded = await db.offer.create({
      data: {
        organizationId,
        slug: "seeded-sprachcafe",
        status: "published",
        translations: { create: [{ locale: "de", title: "Erzählcafé", summary: "Erzählen bei Kaffee." }] },
        languages: { create: [{ code: "de" }] },
      },
    });
    const original = (await offerForEditing(seeded.id))!.values;
    await verifyOffer({ id: seeded.id }, coordinator);
    await edit(seeded.id, { "translations.de.title": "Erzählcafé neu" });
    await edit(seeded.id, { "translations.de.title": "Erzählcafé ganz neu", free: "false" });

    const history = await recordHistory(offers, seeded.id);
    expect(history!.entries.map((e) => `${e.action} ${e.side}`)).toEqual([
      "update after",
      "update after",
      "firstRecorded before",
      "verify after",
    ]);
    const first = history!.entries.find((e) => e.side === "before")!;
    expect(first).toMatchObject({ restorable: true, current: false });
    // Only the first whole change's "before" is the record as first recorded.
    const [, firstUpdate, secondUpdate] = await entriesOf(seeded.id);
    expect(first.id).toBe(firstUpdate!.id);
    expect(await restorePlan(secondUpdate!.id, "de", "before")).toBeNull();

    const restored = await restoreVersion({ entryId: first.id, side: "before" }, coordinator);
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true });
    const now = (await offerForEditing(seeded.id))!.values;
    expect(now["translations.de.title"]).toBe("Erzählcafé");
    expect(now.free).toBe(original.free);
    const after = await recordHistory(offers, seeded.id);
    expect(after!.entries[0]).toMatchObject({ action: "restore", current: true });

    // A record the app created has its creation as its first version, and nothing before it.
    const created = await newOffer();
    await edit(created, { "translations.de.title": "Anders" });
    const own = await recordHistory(offers, created);
    expect(own!.entries.map((e) => e.side)).toEqual(["after", "after"]);
    const [creation] = await entriesOf(created);
    expect(await restorePlan(creation!.id, "de", "before")).toBeNull();
  });

  it("is refused for partner editors and for entries that hold no whole version", async () => {
    const id = await newOffer();
    const [created] = await entriesOf(id);
    const editor = await db.user.create({
      data: { email: "p@example.org", name: "Partner", role: "editor", organizationId },
    });
    expect(
      await restoreVersion({ entryId: created!.id }, { id: editor.id, role: "editor", organizationId }),
    ).toMatchObject({
      ok: false,
      formError: "forbidden",
    });
    await verifyOffer({ id }, coordinator);
    const verified = (await entriesOf(id)).find((e) => e.action === "verify");
    expect(await restorePlan(verified!.id, "de")).toBeNull();
    expect(await restoreVersion({ entryId: verified!.id }, coordinator)).toMatchObject({
      ok: false,
      formError: "not_found",
    });
  });
});
