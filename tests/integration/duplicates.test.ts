// Likely twins are named before a second copy is created, and two organisations that are one can be
// merged: everything moves, nothing is left pointing at the record that went, both records say so.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { fillNameKeys, organisationTwins } from "@/lib/duplicates/twins";
import { planImport } from "@/lib/hsds/import/run";
import { createOffer } from "@/lib/offers/editing";
import { nestValues } from "@/lib/forms/values";
import { createOrganisation, organisationForEditing, updateOrganisation } from "@/lib/organisations/editing";
import { mergedOrganisationSlug, mergeOrganisations, mergePreview } from "@/lib/organisations/merge";
import { createRelationship } from "@/lib/relationships/editing";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const c = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
});

async function organisation(name: string, extra: Record<string, unknown> = {}) {
  const result = await createOrganisation(
    { name, type: "migrant_organisation", status: "published", ...extra },
    coordinator,
  );
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data.id;
}

const offer = (organizationId: string, title: string, extra: Record<string, unknown> = {}) =>
  createOffer(
    { organizationId, status: "draft", translations: { de: { title, summary: "Kurz gesagt." } }, ...extra },
    coordinator,
  );

describe("twins on create", () => {
  it("holds back a second spelling of an organisation's name, naming the first, and saves it when asked to", async () => {
    const first = await organisation("Brücke Aachen-Damaskus e.V.");
    const again = await createOrganisation(
      { name: "Brücke Aachen–Damaskus e. V.", type: "migrant_organisation", status: "published" },
      coordinator,
    );
    expect(again).toMatchObject({ ok: false, formError: "twins" });
    expect(!again.ok && again.twins).toEqual([
      { id: first, name: "Brücke Aachen-Damaskus e.V.", href: `/admin/organisations/${first}` },
    ]);
    expect(await db.organization.count({ where: { name: "Brücke Aachen–Damaskus e. V." } })).toBe(0);

    const anyway = await createOrganisation(
      { name: "Brücke Aachen–Damaskus e. V.", type: "migrant_organisation", status: "published", saveAnyway: "on" },
      coordinator,
    );
    expect(anyway.ok).toBe(true);
  });

  it("finds organisations written without the form once their keys are filled", async () => {
    const row = await db.organization.create({
      data: { slug: "cafe-zuflucht", name: "Café Zuflucht gGmbH", type: "welfare_association" },
    });
    await fillNameKeys(db);
    expect((await organisationTwins(db, "Cafe Zuflucht")).map((t) => t.id)).toEqual([row.id]);
    // A derived key is no edit that HSDS clients would fetch again.
    const filled = await db.organization.findUniqueOrThrow({ where: { id: row.id }, select: { updatedAt: true } });
    expect(filled.updatedAt).toEqual(row.updatedAt);
    expect(await organisationTwins(db, "Café Zukunft")).toEqual([]);
  });

  it("holds back an offer of the same title from the same provider, not from another", async () => {
    const provider = await organisation("Sprachtreff Rothe Erde");
    const other = await organisation("Interkulturelles Zentrum Burtscheid");
    const first = await offer(provider, "Deutsch lernen am Abend");
    expect(first.ok).toBe(true);
    const again = await offer(provider, "Deutsch Lernen am Abend!");
    expect(again).toMatchObject({ ok: false, formError: "twins" });
    expect(!again.ok && again.twins?.map((t) => t.name)).toEqual(["Deutsch lernen am Abend"]);
    expect((await offer(other, "Deutsch lernen am Abend")).ok).toBe(true);
    expect((await offer(provider, "Deutsch lernen am Morgen")).ok).toBe(true);
  });

  it("holds back a relationship B→A of the kind of an existing A→B", async () => {
    const a = await organisation("Stadtteilbüro Forst");
    const b = await organisation("Jugendhilfe Haaren");
    expect((await createRelationship({ fromId: a, toId: b, type: "cooperates_with" }, coordinator)).ok).toBe(true);
    const reverse = await createRelationship({ fromId: b, toId: a, type: "cooperates_with" }, coordinator);
    expect(reverse).toMatchObject({ ok: false, formError: "twins" });
    expect((await createRelationship({ fromId: b, toId: a, type: "funds" }, coordinator)).ok).toBe(true);
  });
});

describe("twins in an import's dry run", () => {
  it("names new organisations that resemble existing ones or each other, by line", async () => {
    const existing = await organisation("Frauentreff Aachen-Nord e.V.");
    const text = [
      "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,status",
      "a-1,frauen,Frauentreff Aachen–Nord e. V.,migrant_organisation,Nähcafé,Kurz gesagt.,draft",
      "a-2,jugend,Jugendtreff Preuswald,migrant_organisation,Kicker,Kurz gesagt.,draft",
      "a-3,jugend-2,JUGENDTREFF PREUSWALD,migrant_organisation,Billard,Kurz gesagt.,draft",
    ].join("\n");
    const outcome = await planImport({ name: "neu.csv", text }, coordinator);
    const report = outcome.ok ? outcome.data : outcome.report;
    expect(report?.twins?.map((t) => [t.line, t.name, t.twins.map((x) => x.name)])).toEqual([
      [2, "Frauentreff Aachen–Nord e. V.", ["Frauentreff Aachen-Nord e.V."]],
      [4, "JUGENDTREFF PREUSWALD", ["Jugendtreff Preuswald"]],
    ]);
    expect(report?.twins?.[0]?.twins[0]?.href).toBe(`/admin/organisations/${existing}`);
    // A dry run writes nothing.
    expect(await db.organization.count({ where: { name: "Jugendtreff Preuswald" } })).toBe(0);
  });
});

describe("merging two organisations", () => {
  it("moves offers, places, participations and relationships, drops loops and doubles, and audits both", async () => {
    const target = await organisation("Elternverein Brand");
    const source = await organisation("Elternverein Brand e.V.", {
      saveAnyway: "on",
      email: "info@elternverein.example",
    });
    const neighbour = await organisation("Bürgerverein Kornelimünster");
    const funder = await organisation("Stiftung Lesefreude");
    await db.organizationTranslation.create({
      data: { organizationId: source, locale: "en", description: "Parents in Brand." },
    });
    const moved = await offer(source, "Vorlesen für Kinder");
    const location = await db.location.create({
      data: { organizationId: source, street: "Trierer Str. 1", postcode: "52078", latitude: 50.74, longitude: 6.17 },
    });
    const programme = await db.programme.findFirstOrThrow({ where: { slug: "griffbereit" } });
    await db.participation.create({ data: { programmeId: programme.id, organizationId: source, role: "host_site" } });
    await db.relationship.createMany({
      data: [
        { fromId: source, toId: target, type: "cooperates_with" }, // becomes a loop
        { fromId: funder, toId: source, type: "funds" }, // the target has it already
        { fromId: funder, toId: target, type: "funds" },
        { fromId: source, toId: neighbour, type: "refers_to" }, // moves
      ],
    });
    const editor = await db.user.create({
      data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: source },
    });

    const plan = await mergePreview(source, target);
    expect(plan).toMatchObject({
      offers: 1,
      locations: 1,
      participations: 1,
      users: 1,
      relationshipsMoved: 1,
      translations: ["en"],
      fields: ["email"],
    });
    expect(plan!.relationshipsDropped.map((r) => r.reason).sort()).toEqual(["duplicate", "selfLoop"]);

    const versions = { sourceVersion: String(plan!.source.version), targetVersion: String(plan!.target.version) };
    expect(
      await mergeOrganisations({ sourceId: source, targetId: target, ...versions, sourceVersion: "99" }, coordinator),
    ).toMatchObject({
      ok: false,
      formError: "conflict",
    });
    const merged = await mergeOrganisations({ sourceId: source, targetId: target, ...versions }, coordinator);
    expect(merged.ok).toBe(true);

    expect((await db.offer.findUniqueOrThrow({ where: { id: moved.ok ? moved.data.id : "" } })).organizationId).toBe(
      target,
    );
    expect((await db.location.findUniqueOrThrow({ where: { id: location.id } })).organizationId).toBe(target);
    expect(await db.participation.count({ where: { organizationId: target } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).organizationId).toBe(target);
    expect(await db.relationship.count({ where: { OR: [{ fromId: source }, { toId: source }] } })).toBe(0);
    const edges = await db.relationship.findMany({
      where: { OR: [{ fromId: target }, { toId: target }] },
      select: { fromId: true, toId: true, type: true },
    });
    expect(
      edges
        .map(
          (e) =>
            `${e.fromId === target ? "T" : e.fromId === funder ? "F" : "?"}-${e.type}-${e.toId === target ? "T" : e.toId === neighbour ? "N" : "?"}`,
        )
        .sort(),
    ).toEqual(["F-funds-T", "T-refers_to-N"]);
    const kept = await db.organization.findUniqueOrThrow({ where: { id: target }, include: { translations: true } });
    expect(kept.email).toBe("info@elternverein.example");
    expect(kept.translations.map((t) => t.locale)).toContain("en");
    const gone = await db.organization.findUniqueOrThrow({ where: { id: source } });
    expect(gone).toMatchObject({ status: "archived", mergedIntoId: target });
    expect(await mergedOrganisationSlug(gone.slug)).toBe(kept.slug);

    const audit = await db.auditEntry.findMany({
      where: { entityId: { in: [source, target] }, action: { in: ["merge", "mergeInto"] } },
    });
    expect(audit.map((a) => `${a.entityId === source ? "source" : "target"} ${a.action}`).sort()).toEqual([
      "source merge",
      "target mergeInto",
    ]);
    expect(audit.every((a) => a.userId === coordinator.id && (a.after as { offers: number }).offers === 1)).toBe(true);

    // A merged-away record is no longer offered as a twin, and cannot be merged again.
    expect((await organisationTwins(db, "Elternverein Brand")).map((t) => t.id)).toEqual([target]);
    expect(
      await mergeOrganisations(
        { sourceId: source, targetId: neighbour, sourceVersion: "2", targetVersion: "1" },
        coordinator,
      ),
    ).toMatchObject({
      ok: false,
      formError: "not_found",
    });

    // Nor can its own form bring it back into the directory beside the record it lives on in.
    const form = (await organisationForEditing(source))!;
    const republished = await updateOrganisation(
      { ...nestValues({ ...form.values, status: "published" }), id: source, version: String(form.record.version) },
      coordinator,
    );
    expect(republished).toMatchObject({ ok: false, fieldErrors: { status: ["mergedAway"] } });
    expect((await db.organization.findUniqueOrThrow({ where: { id: source } })).status).toBe("archived");
  });
});
