// One rule for what a visitor sees (lib/offers/visibility.ts): the site, its search and map, its
// counts and calendars, and the HSDS API agree on every offer; writes that would break the rule
// are refused; the search index knows only public words; and a save shows at the next request.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { dashboardCounts } from "@/lib/dashboard";
import { db, dbKind } from "@/lib/db";
import { locateInAachen } from "@/lib/geo/districts";
import { getService } from "@/lib/hsds/api/read-services";
import { publishedDataset } from "@/lib/hsds/export/dataset";
import { planImport } from "@/lib/hsds/import/run";
import { createLocation, updateLocation } from "@/lib/locations/editing";
import { offerCalendar } from "@/lib/offers/calendar";
import { createOffer, updateOffer } from "@/lib/offers/editing";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOfferPoints, listOffers } from "@/lib/offers/listing";
import { findOffers, getOffer, listOffersOfOrganisation } from "@/lib/offers/queries";
import { pageOfOrganisations } from "@/lib/organisations/directory";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/editing";
import { reindexOffers } from "@/lib/search/indexer";
import { bumpPublicVersion } from "@/lib/search/version";
import { listTerms } from "@/lib/taxonomy/directory";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let languageTerm: string;

// Aachen-Mitte (Markt) and Brand, as the district outlines place them.
const MITTE = { latitude: "50.7757", longitude: "6.0839" };
const BRAND = { latitude: "50.7479", longitude: "6.1652" };

async function organisation(name: string) {
  const result = await createOrganisation({ name, type: "migrant_organisation", status: "published" }, coordinator);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

async function location(organizationId: string, at = MITTE) {
  const input = { organizationId, street: "Markt 1", postcode: "52062", city: "Aachen", status: "published", ...at };
  const result = await createLocation(input, coordinator);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...result.data, input };
}

const offerInput = (organizationId: string, title: string, extra: Record<string, unknown> = {}) => ({
  organizationId,
  status: "published",
  free: "on",
  translations: { de: { title, summary: `${title} für alle, die neu in Aachen sind.` } },
  terms: languageTerm,
  languages: ["de"],
  ...extra,
});

async function offer(organizationId: string, title: string, extra: Record<string, unknown> = {}) {
  const result = await createOffer(offerInput(organizationId, title, extra), coordinator);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const search = (params: Record<string, string>) => findOffers(parseOfferFilter(params), "de");
const slugsFound = async (params: Record<string, string>) => (await search(params)).offers.map((o) => o.slug);
const languageCount = async () => (await listTerms("category", "de")).find((t) => t.code === "language")?.offerCount;

/** Today in Aachen as the form's date field sends it, shifted by whole days. */
function aachenDay(shift: number): string {
  const day = new Date(Date.now() + shift * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(day);
}

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
  languageTerm = (await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code: "language" } })).id;
});

describe("a published offer under an archived organisation", () => {
  it("is neither on the site, in search, on the map, in counts, in calendars nor in HSDS", async () => {
    const org = await organisation("Verein Quastenflosser");
    const place = await location(org.id);
    const created = await offer(org.id, "Quastenflosser Sprachtreff", { locations: place.id });
    const points = async () => (await listOfferPoints(parseOfferFilter({}), "de")).map((p) => p.id);
    // While both are published, every view shows it.
    expect(await getOffer(created.slug, "de")).not.toBeNull();
    expect(await getService(created.id, { locale: "de", full_service: false })).not.toBeNull();
    expect(await points()).toContain(created.id);
    const counted = {
      terms: await languageCount(),
      dashboard: await dashboardCounts(coordinator),
    };

    // The write that would take the organisation away under its offer is refused…
    const refused = await updateOrganisation(
      {
        id: org.id,
        version: org.version,
        name: "Verein Quastenflosser",
        type: "migrant_organisation",
        status: "archived",
      },
      coordinator,
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { status: ["publishedOffers"] } });
    // …so only data from before the rule, or changed behind the app's back, can be in this state.
    await db.$transaction(async (tx) => {
      await tx.organization.update({
        where: { id: org.id },
        data: { status: "archived", externalId: "quastenflosser" },
      });
      await bumpPublicVersion(tx);
    });

    expect(await getOffer(created.slug, "de")).toBeNull();
    expect(await slugsFound({ q: "Quastenflosser" })).toEqual([]);
    expect(await slugsFound({})).not.toContain(created.slug);
    expect(await slugsFound({ district: "mitte" })).not.toContain(created.slug);
    expect(await points()).not.toContain(created.id);
    expect(
      await listOffersOfOrganisation((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).slug, "de"),
    ).toEqual([]);
    expect((await pageOfOrganisations({})).organisations.map((o) => o.name)).not.toContain("Verein Quastenflosser");
    expect(await offerCalendar(created.slug, "de", "https://wegweiser.example")).toBeNull();
    // Results check the rule on every row they read; the counts are kept by the indexer in the
    // app's own writes, so data changed behind its back is reindexed first (npm run search:rebuild).
    await db.$transaction((tx) => reindexOffers(tx, dbKind, [created.id]));
    expect(await languageCount()).toBe(counted.terms! - 1);
    expect((await dashboardCounts(coordinator)).offers).toBe(counted.dashboard.offers - 1);
    expect(await getService(created.id, { locale: "de", full_service: false })).toBeNull();
    expect((await publishedDataset()).services.map((s) => s.id)).not.toContain(created.id);
  });

  it("cannot be made: the form and the import refuse to publish under an unpublished organisation", async () => {
    const archived = await db.organization.findUniqueOrThrow({ where: { externalId: "quastenflosser" } });
    const published = await createOffer(offerInput(archived.id, "Neues Angebot beim archivierten Verein"), coordinator);
    expect(published).toMatchObject({ ok: false, fieldErrors: { status: ["organisationNotPublished"] } });
    const draft = await createOffer(
      offerInput(archived.id, "Entwurf beim archivierten Verein", { status: "draft" }),
      coordinator,
    );
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const publishing = await updateOffer(
      {
        ...offerInput(archived.id, "Entwurf beim archivierten Verein"),
        id: draft.data.id,
        version: draft.data.version,
      },
      coordinator,
    );
    expect(publishing).toMatchObject({ ok: false, fieldErrors: { status: ["organisationNotPublished"] } });

    const header = "external_id,organization_external_id,title_de,summary_de,status";
    const text = [
      header,
      "csv-1,quastenflosser,Kurs aus der Datei,Ein Kurs.,published",
      "csv-2,quastenflosser,Entwurf aus der Datei,Ein Entwurf.,draft",
    ].join("\n");
    const outcome = await planImport({ name: "angebote.csv", text }, coordinator);
    if (!outcome.ok) throw new Error(outcome.formError);
    const [line2, line3] = outcome.data.rows;
    expect(line2).toMatchObject({
      line: 2,
      action: "reject",
      reasons: [{ key: "organisationNotPublished", params: { name: "Verein Quastenflosser" } }],
    });
    expect(line3).toMatchObject({ line: 3, action: "create", reasons: [] });
  });
});

describe("offers that have ended", () => {
  it("leave site and HSDS after their last day; one that starts later is shown already", async () => {
    const org = await organisation("Verein Kalender");
    const ended = await offer(org.id, "Abgelaufener Kursus Gestern", { validUntil: aachenDay(-1) });
    const lastDay = await offer(org.id, "Letzter Tag Kursus Heute", { validUntil: aachenDay(0) });
    const later = await offer(org.id, "Kommender Kursus Demnächst", { validFrom: aachenDay(30) });
    expect(await getOffer(ended.slug, "de")).toBeNull();
    expect(await getService(ended.id, { locale: "de", full_service: false })).toBeNull();
    expect(await slugsFound({ q: "Kursus" })).toEqual(expect.arrayContaining([lastDay.slug, later.slug]));
    expect(await slugsFound({ q: "Kursus" })).not.toContain(ended.slug);
    expect(await getService(lastDay.id, { locale: "de", full_service: false })).not.toBeNull();
    expect(await getOffer(later.slug, "de")).not.toBeNull();
  });
});

describe("the search index", () => {
  it("does not know a draft's words; publishing adds them and unpublishing takes them out again", async () => {
    const org = await organisation("Verein Geheim");
    const draft = await offer(org.id, "Geheimes Pwned Treffen", { status: "draft" });
    expect(await search({ q: "pwned" })).toMatchObject({ offers: [], unmatchedWords: ["pwned"] });

    const published = await updateOffer(
      { ...offerInput(org.id, "Geheimes Pwned Treffen"), id: draft.id, version: draft.version },
      coordinator,
    );
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    expect(await slugsFound({ q: "pwned" })).toEqual([draft.slug]);

    const archived = await updateOffer(
      {
        ...offerInput(org.id, "Geheimes Pwned Treffen", { status: "archived" }),
        id: draft.id,
        version: published.data.version,
      },
      coordinator,
    );
    expect(archived.ok).toBe(true);
    expect(await search({ q: "pwned" })).toMatchObject({ offers: [], unmatchedWords: ["pwned"] });
  });
});

describe("cached search results", () => {
  it("follow a location moved to another district at the next search", async () => {
    const org = await organisation("Verein Umzug");
    const place = await location(org.id, MITTE);
    const moving = await offer(org.id, "Umzugshilfe Beratung", { locations: place.id });
    expect(locateInAachen(Number(BRAND.latitude), Number(BRAND.longitude))?.district).toBe("brand");
    expect(await slugsFound({ district: "mitte" })).toContain(moving.slug);
    expect(await slugsFound({ district: "brand" })).not.toContain(moving.slug);

    const moved = await updateLocation({ ...place.input, ...BRAND, id: place.id, version: place.version }, coordinator);
    expect(moved.ok).toBe(true);
    expect(await slugsFound({ district: "mitte" })).not.toContain(moving.slug);
    expect(await slugsFound({ district: "brand" })).toContain(moving.slug);

    // An archived place is no longer where the offer takes place, for the filter as for the map.
    const archived = await updateLocation(
      { ...place.input, ...BRAND, status: "archived", id: place.id, version: place.version + 1 },
      coordinator,
    );
    expect(archived.ok).toBe(true);
    expect(await slugsFound({ district: "brand" })).not.toContain(moving.slug);
    expect(await slugsFound({})).toContain(moving.slug);
    expect((await listOfferPoints(parseOfferFilter({}), "de")).map((p) => p.id)).not.toContain(moving.id);
  });
});

describe("every offer", () => {
  it("is on the site, in its listing and in HSDS alike, or in none of them", async () => {
    // Offers in every state: published, draft, archived, ended, and published under an
    // organisation taken out of the directory behind the app's back.
    const org = await organisation("Verein Vielfalt");
    await offer(org.id, "Vielfalt Veröffentlicht");
    await offer(org.id, "Vielfalt Entwurf", { status: "draft" });
    await offer(org.id, "Vielfalt Archiviert", { status: "archived" });
    await offer(org.id, "Vielfalt Vorbei", { validUntil: aachenDay(-2) });
    const gone = await organisation("Verein Verschwunden");
    await offer(gone.id, "Verschwunden Veröffentlicht");
    await db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: gone.id }, data: { status: "draft" } });
      await bumpPublicVersion(tx);
    });

    const offers = await db.offer.findMany({ select: { id: true, slug: true } });
    const version = (await db.searchState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const listed = new Set(
      (await listOffers(parseOfferFilter({}), "de", version, { pageSize: 1000 })).rows.map((r) => r.id),
    );
    const dataset = new Set((await publishedDataset()).services.map((s) => s.id));
    const views = await Promise.all(
      offers.map(async (o) => ({
        slug: o.slug,
        site: (await getOffer(o.slug, "de")) !== null,
        listed: listed.has(o.id),
        api: (await getService(o.id, { locale: "de", full_service: false })) !== null,
        export: dataset.has(o.id),
      })),
    );
    const disagreeing = views.filter((v) => new Set([v.site, v.listed, v.api, v.export]).size > 1);
    expect(disagreeing).toEqual([]);
    expect(views.some((v) => v.site)).toBe(true);
    expect(views.some((v) => !v.site)).toBe(true);
  });
});
