// Coordinators keep categories and audiences through the one write path; a renamed term carries
// its offers' search documents along, so visitors find them by the new name at once.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db, dbKind } from "@/lib/db";
import { parseOfferFilter } from "@/lib/offers/filter";
import { findOffers } from "@/lib/offers/queries";
import { reindexOffers } from "@/lib/search/indexer";
import { createTerm, deleteTerm, listTermsForAdmin, termForEditing, updateTerm } from "@/lib/taxonomy/editing";
import { seedReferenceOnly } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let termId: string;

/** The fields of the term form; a new term also names its taxonomy. */
const term = (fields: Record<string, unknown> = {}) => ({
  code: "naehen",
  icon: "hands",
  sortOrder: "",
  parentId: "",
  translations: { de: { name: "Nähtreff", description: "" }, ar: { name: "", description: "" } },
  ...fields,
});
const newTerm = (fields: Record<string, unknown> = {}) => ({ taxonomy: "category", ...term(fields) });

/** The term as the edit form sends it back, with the token it was loaded with. */
async function edited(id: string, change: Record<string, unknown> = {}) {
  const found = await termForEditing(id);
  if (!found) throw new Error("term missing");
  return { ...term(change), id, version: String(found.record.version) };
}

const slugs = async (q: string) => (await findOffers(parseOfferFilter({ q }), "de")).offers.map((o) => o.slug);

beforeAll(async () => {
  await seedReferenceOnly();
  const org = await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } });
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: org.id },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: org.id };
});

describe("taxonomy terms in the back office", () => {
  it("refuses an editor and creates nothing", async () => {
    expect(await createTerm(newTerm(), editor)).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    expect(await db.taxonomyTerm.count({ where: { code: "naehen" } })).toBe(0);
  });

  it("creates a term with its German name and audits it", async () => {
    const result = await createTerm(newTerm(), coordinator);
    if (!result.ok) throw new Error(JSON.stringify(result));
    termId = result.data.id;
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: termId, action: "create" } });
    expect(audit).toMatchObject({
      userId: coordinator.id,
      entityType: "TaxonomyTerm",
      after: { code: "naehen", icon: "hands", sortOrder: "0", "translations.de.name": "Nähtreff" },
    });
    const listed = (await listTermsForAdmin("category")).find((t) => t.id === termId);
    expect(listed).toMatchObject({ name: "Nähtreff", offerCount: 0, parent: null });
  });

  it("requires the German name and a unique code per taxonomy", async () => {
    const unnamed = await createTerm(newTerm({ code: "anders", translations: { de: { name: " " } } }), coordinator);
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { "translations.de.name": ["required"] } });
    expect(await createTerm(newTerm(), coordinator)).toEqual({
      ok: false,
      fieldErrors: { code: ["duplicate"] },
      formError: "invalid",
    });
    expect(await createTerm(newTerm({ code: "Nähen" }), coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { code: ["slug"] },
    });
    // The same code in the other taxonomy is another term.
    expect((await createTerm(newTerm({ taxonomy: "audience" }), coordinator)).ok).toBe(true);
  });

  it("refuses a parent from the other taxonomy and a loop", async () => {
    const child = await createTerm(newTerm({ code: "stricken", parentId: termId }), coordinator);
    if (!child.ok) throw new Error(JSON.stringify(child));
    const loop = await updateTerm(await edited(termId, { parentId: child.data.id }), coordinator);
    expect(loop).toMatchObject({ ok: false, fieldErrors: { parentId: ["termParentLoop"] } });
    const audience = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "audience" } });
    const foreign = await updateTerm(
      await edited(child.data.id, { code: "stricken", parentId: audience.id }),
      coordinator,
    );
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { parentId: ["unknownChoice"] } });
    // A term with terms below it stays until they are moved.
    expect(await deleteTerm({ id: termId }, coordinator)).toMatchObject({ ok: false, formError: "in_use" });
    expect((await deleteTerm({ id: child.data.id }, coordinator)).ok).toBe(true);
  });

  it("refuses a save based on an old version and an editor's save", async () => {
    const loaded = await edited(termId);
    expect((await updateTerm({ ...loaded, sortOrder: "5" }, coordinator)).ok).toBe(true);
    const stale = await updateTerm({ ...loaded, sortOrder: "7" }, coordinator);
    expect(stale).toMatchObject({ ok: false, formError: "conflict", conflict: { current: { sortOrder: "5" } } });
    expect(await updateTerm(await edited(termId, { sortOrder: "9" }), editor)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    expect((await db.taxonomyTerm.findUniqueOrThrow({ where: { id: termId } })).sortOrder).toBe(5);
  });

  it("makes offers findable by a term's new name", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "verein" } });
    const district = await db.district.findUniqueOrThrow({ where: { code: "mitte" } });
    const location = await db.location.create({
      data: {
        organizationId: org.id,
        street: "Teststraße 1",
        postcode: "52062",
        latitude: 50.7766,
        longitude: 6.0834,
        districtId: district.id,
      },
    });
    const offer = await db.offer.create({
      data: {
        slug: "offener-treff",
        organizationId: org.id,
        status: "published",
        lastVerifiedAt: new Date(),
        translations: { create: [{ locale: "de", title: "Offener Treff", summary: "Jeden Dienstag im Verein." }] },
        terms: { create: [{ termId }] },
        languages: { create: [{ code: "de" }] },
        locations: { create: [{ locationId: location.id }] },
      },
    });
    await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
    expect(await slugs("Nähtreff")).toEqual(["offener-treff"]);
    expect(await slugs("Schneiderwerkstatt")).toEqual([]);

    const renamed = await updateTerm(
      await edited(termId, { translations: { de: { name: "Schneiderwerkstatt", description: "" } } }),
      coordinator,
    );
    expect(renamed.ok).toBe(true);
    expect(await slugs("Schneiderwerkstatt")).toEqual(["offener-treff"]);
    expect(await slugs("Nähtreff")).toEqual([]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: termId, action: "update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      before: { "translations.de.name": "Nähtreff" },
      after: { "translations.de.name": "Schneiderwerkstatt" },
    });
  });

  it("refuses to delete a term offers use, and deletes an unused one with an audit entry", async () => {
    expect(await deleteTerm({ id: termId }, coordinator)).toEqual({ ok: false, fieldErrors: {}, formError: "in_use" });
    expect(await db.taxonomyTerm.findUnique({ where: { id: termId } })).not.toBeNull();
    expect((await termForEditing(termId))?.counts).toEqual({ offers: 1, children: 0 });

    const unused = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "audience", code: "naehen" } });
    expect(await deleteTerm({ id: unused.id }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await deleteTerm({ id: unused.id }, coordinator)).toEqual({
      ok: true,
      data: { id: unused.id, taxonomy: "audience" },
    });
    expect(await db.taxonomyTerm.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.taxonomyTermTranslation.count({ where: { termId: unused.id } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: unused.id, action: "delete" } });
    expect(audit).toMatchObject({
      userId: coordinator.id,
      before: { code: "naehen", "translations.de.name": "Nähtreff" },
    });
  });
});
