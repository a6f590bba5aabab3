// Coordinators and partner editors keep organisations, locations and offers right through the one
// write path: validated per field, authorised per organisation, versioned, audited and searchable.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createLocation, updateLocation } from "@/lib/locations/editing";
import { createOffer, offerForEditing, updateOffer } from "@/lib/offers/editing";
import { parseOfferFilter } from "@/lib/offers/filter";
import { nestValues } from "@/lib/forms/values";
import { findOffers } from "@/lib/offers/queries";
import { createOrganisation, updateOrganisation, organisationForEditing } from "@/lib/organisations/editing";
import { countDueForReview, listDueForReview, verifyOffer } from "@/lib/review/due";
import { seedReference } from "@/prisma/seed/reference";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let otherOrgId: string;
let languageTerm: string;

const offerInput = (organizationId: string, extra: Record<string, unknown> = {}) => ({
  organizationId,
  status: "published",
  free: "on",
  translations: {
    de: { title: "Nähcafé für Frauen", summary: "Gemeinsam nähen und Deutsch sprechen." },
    ar: { title: "مقهى الخياطة للنساء", summary: "نخيط معًا ونتحدث الألمانية." },
  },
  terms: languageTerm,
  languages: ["de", "ar"],
  schedules: [{ weekday: "3", opensAt: "15:00", closesAt: "17:00", interval: "1", note: "" }],
  ...extra,
});

beforeAll(async () => {
  await db.$transaction((tx) => seedReference(tx));
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  const other = await db.organization.create({ data: { slug: "andere", name: "Anderer Verein", type: "migrant_organisation" } });
  otherOrgId = other.id;
  languageTerm = (await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code: "language" } })).id;
});

describe("organisations", () => {
  let id: string;

  it("creates one with a slug from its name and reports bad fields each by name", async () => {
    const bad = await createOrganisation({ name: " ", type: "kita", status: "published", email: "kein-at", website: "ftp://x" }, coordinator);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors).toMatchObject({ name: ["required"], email: ["email"], website: ["url"] });

    const result = await createOrganisation(
      { name: "Brücke Aachen–Damaskus e. V.", type: "migrant_organisation", status: "published", translations: { de: { description: "Verein" } } },
      coordinator,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    id = result.data.id;
    const saved = await organisationForEditing(id);
    expect(saved?.record.slug).toBe("bruecke-aachen-damaskus-e-v");
    expect(saved?.values["translations.de.description"]).toBe("Verein");
    const editorUser = await db.user.create({ data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: id } });
    editor = { id: editorUser.id, role: "editor", organizationId: id };
  });

  it("refuses a stale save and returns what the other person saved", async () => {
    const first = await updateOrganisation({ id, version: 1, name: "Brücke e. V.", type: "migrant_organisation", status: "published" }, coordinator);
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateOrganisation({ id, version: 1, name: "Brücke Aachen", type: "migrant_organisation", status: "published" }, coordinator);
    expect(stale).toMatchObject({ ok: false, formError: "conflict", conflict: { version: 2, current: { name: "Brücke e. V." } } });
    expect((await db.organization.findUniqueOrThrow({ where: { id } })).name).toBe("Brücke e. V.");
  });

  it("will not make an organisation its own parent", async () => {
    const result = await updateOrganisation({ id, version: 2, name: "Brücke e. V.", type: "migrant_organisation", status: "published", parentId: id }, coordinator);
    expect(result).toMatchObject({ ok: false, fieldErrors: { parentId: ["parentLoop"] } });
  });

  it("is not for partner editors", async () => {
    const result = await updateOrganisation({ id, version: 2, name: "Gekapert", type: "kita", status: "published" }, editor);
    expect(result).toMatchObject({ ok: false, formError: "forbidden" });
  });
});

describe("locations", () => {
  it("takes the district from the pin and lets an editor add one to their own organisation only", async () => {
    const input = { street: "Talstraße 2", postcode: "52068", city: "Aachen", latitude: "50,7846", longitude: "6.1040", status: "published" };
    expect(await createLocation({ ...input, organizationId: otherOrgId }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
    const created = await createLocation({ ...input, organizationId: editor!.organizationId }, editor);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await db.location.findUniqueOrThrow({ where: { id: created.data.id }, include: { district: true } });
    expect(row.latitude).toBeCloseTo(50.7846);
    // Without districts in this database the pin still saves; with them it names its borough.
    const moved = await updateLocation({ ...input, id: created.data.id, version: 1, latitude: "91", postcode: "520" }, editor);
    expect(moved).toMatchObject({ ok: false, fieldErrors: { latitude: ["range"], postcode: ["postcode"] } });
  });
});

describe("offers", () => {
  let offerId: string;

  it("an editor creates an offer in German and Arabic that the public search finds once published", async () => {
    const location = await db.location.findFirstOrThrow({ where: { organizationId: editor!.organizationId! } });
    const result = await createOffer(offerInput(editor!.organizationId!, { locations: location.id }), editor);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    offerId = result.data.id;
    const found = await findOffers(parseOfferFilter({ q: "Nähcafé" }), "de");
    expect(found.offers.map((o) => o.slug)).toEqual([result.data.slug]);
    const arabic = await findOffers(parseOfferFilter({ q: "الخياطة" }), "ar");
    expect(arabic.offers[0]?.title).toBe("مقهى الخياطة للنساء");
    const saved = await offerForEditing(offerId);
    expect(saved?.values).toMatchObject({ "schedules.0.opensAt": "15:00", "translations.ar.title": "مقهى الخياطة للنساء", languages: ["ar", "de"] });
  });

  it("keeps an editor to their own organisation's offers", async () => {
    expect(await createOffer(offerInput(otherOrgId), editor)).toMatchObject({ ok: false, formError: "forbidden" });
    // Moving their offer to another organisation is refused as well.
    expect(await updateOffer({ ...offerInput(otherOrgId), id: offerId, version: 1 }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
    const foreign = await createOffer(offerInput(otherOrgId), coordinator);
    expect(foreign.ok).toBe(true);
    if (foreign.ok) expect(await updateOffer({ ...offerInput(otherOrgId), id: foreign.data.id, version: 1 }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
  });

  it("explains each problem by field: half a translation, times, ages, another organisation's location", async () => {
    const otherLocation = await db.location.create({ data: { organizationId: otherOrgId, street: "X 1", postcode: "52062", latitude: 50.77, longitude: 6.08 } });
    const result = await updateOffer(
      {
        ...offerInput(editor!.organizationId!, {
          minAge: "12",
          maxAge: "6",
          locations: otherLocation.id,
          schedules: [{ weekday: "3", opensAt: "17:00", closesAt: "15:00", interval: "1" }, undefined, { weekday: "", opensAt: "", closesAt: "", interval: "1" }],
        }),
        translations: { de: { title: "Nähcafé", summary: "" }, fa: { title: "کافه خیاطی", summary: "" } },
        id: offerId,
        version: 1,
      },
      editor,
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "translations.de.summary": ["required"],
        "translations.fa.summary": ["requiredWhenTranslated"],
        "schedules.0.closesAt": ["closesBeforeOpens"],
        maxAge: ["maxBelowMin"],
      },
    });
    const wrongPlace = await updateOffer({ ...offerInput(editor!.organizationId!, { locations: otherLocation.id }), id: offerId, version: 1 }, editor);
    expect(wrongPlace).toMatchObject({ ok: false, fieldErrors: { locations: ["foreignLocation"] } });
  });

  it("keeps a provider with published offers in the directory", async () => {
    const provider = await organisationForEditing(editor!.organizationId!);
    const result = await updateOrganisation(
      { ...provider!.values, translations: {}, id: provider!.record.id, version: provider!.record.version, status: "archived" },
      coordinator,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { status: ["publishedOffers"] } });
  });

  it("unpublishing takes an offer out of the public search at once", async () => {
    const result = await updateOffer({ ...offerInput(editor!.organizationId!, { status: "draft" }), id: offerId, version: 1 }, editor);
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const after = await findOffers(parseOfferFilter({ q: "Nähcafé" }), "de");
    expect(after.offers.map((o) => o.id)).not.toContain(offerId);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: offerId, action: "update" } });
    expect(audit).toMatchObject({ userId: editor!.id, before: { status: "published" }, after: { status: "draft" } });
  });

  it("lists what is due for review and confirms it with one click", async () => {
    await db.offer.update({ where: { id: offerId }, data: { lastVerifiedAt: new Date("2020-01-01") } });
    const due = await listDueForReview(editor!);
    expect(due.map((d) => d.id)).toEqual([offerId]);
    expect(await verifyOffer({ id: offerId }, editor)).toMatchObject({ ok: true });
    expect(await countDueForReview(editor!)).toEqual({ organisations: 0, offers: 0 });
    // Confirming changes no content: a form opened before still saves.
    expect((await db.offer.findUniqueOrThrow({ where: { id: offerId } })).version).toBe(2);
  });

  it("keeps a weekly time's first and last day through every save, and checks their order", async () => {
    const created = await createOffer(
      offerInput(editor!.organizationId!, {
        translations: { de: { title: "Schwimmkurs Winter", summary: "Für Anfängerinnen." } },
        schedules: [
          { weekday: "2", opensAt: "17:00", closesAt: "18:00", interval: "1", validFrom: "2026-09-01", validUntil: "2027-01-31", note: "" },
          { weekday: "4", opensAt: "10:00", closesAt: "11:00", interval: "2", validFrom: "", validUntil: "", note: "" },
        ],
      }),
      coordinator,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const first = await offerForEditing(created.data.id);
    expect(first?.values).toMatchObject({ "schedules.0.validFrom": "2026-09-01", "schedules.0.validUntil": "2027-01-31", "schedules.1.validUntil": "" });
    // The form sends back what it showed, with a new title: the days stay.
    const input = nestValues({ ...first!.values, "translations.de.title": "Schwimmkurs im Winter" });
    const saved = await updateOffer({ ...input, id: created.data.id, version: first!.record.version }, coordinator);
    expect(saved.ok).toBe(true);
    const again = await offerForEditing(created.data.id);
    expect(again?.values).toMatchObject({ "translations.de.title": "Schwimmkurs im Winter", "schedules.0.validFrom": "2026-09-01", "schedules.0.validUntil": "2027-01-31" });
    const backwards = nestValues({ ...again!.values, "schedules.0.validUntil": "2026-08-01" });
    expect(await updateOffer({ ...backwards, id: created.data.id, version: again!.record.version }, coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { "schedules.0.validUntil": ["untilBeforeFrom"] },
    });
  });
});
