// The HSDS 3.0 read API on the Aachen demo data: every answer validates against the official HSDS
// schemas (lib/hsds/schema, unmodified), the filters and pages say what they find, and nothing
// unpublished leaks out.
import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as root from "@/app/api/hsds/route";
import * as openapiRoute from "@/app/api/hsds/openapi.json/route";
import * as organizationRoute from "@/app/api/hsds/organizations/[id]/route";
import * as organizationsRoute from "@/app/api/hsds/organizations/route";
import * as salRoute from "@/app/api/hsds/service_at_locations/[id]/route";
import * as salsRoute from "@/app/api/hsds/service_at_locations/route";
import * as serviceRoute from "@/app/api/hsds/services/[id]/route";
import * as servicesRoute from "@/app/api/hsds/services/route";
import * as taxonomiesRoute from "@/app/api/hsds/taxonomies/route";
import * as taxonomyRoute from "@/app/api/hsds/taxonomies/[id]/route";
import * as termRoute from "@/app/api/hsds/taxonomy_terms/[id]/route";
import * as termsRoute from "@/app/api/hsds/taxonomy_terms/route";
import type { Prisma } from "@/generated/sqlite/client";
import { db, dbKind } from "@/lib/db";
import { serviceWhere } from "@/lib/hsds/api/service-filter";
import { publicOfferLocation } from "@/lib/offers/visibility";
import { bumpPublicVersion } from "@/lib/search/version";
import { publishedDataset } from "@/lib/hsds/export/dataset";
import { MAX_FULL_PER_PAGE } from "@/lib/hsds/api/query";
import { TAXONOMY_IDS } from "@/lib/hsds/ids";
import { reindexOffers } from "@/lib/search/indexer";
import { seedDemo } from "@/prisma/seed/demo";
import { seedReference } from "@/prisma/seed/reference";

// ---- The official schemas: each modular file under its file name, compiled ones as they are.

const schemaDir = path.resolve(__dirname, "../../lib/hsds/schema");
const readSchema = (file: string) => JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
  ajv.addSchema(readSchema(file), file);
}
const openapi = readSchema("openapi.json");
const compiled = new Map<string, ValidateFunction>();
function validator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = name.startsWith("compiled/") ? ajv.compile(readSchema(name)) : ajv.getSchema(name)!;
    compiled.set(name, validate);
  }
  return validate;
}
const pageValidator = ajv.compile(openapi.components.schemas.Page);

function expectValid(schema: string, value: unknown) {
  const validate = validator(schema);
  const ok = validate(value);
  expect(ok ? [] : validate.errors?.slice(0, 5), `${schema}: ${JSON.stringify(value).slice(0, 300)}`).toEqual([]);
}

const pageFields = [
  "total_items",
  "total_pages",
  "page_number",
  "size",
  "first_page",
  "last_page",
  "empty",
  "contents",
];

type Item = Record<string, unknown> & { id: string };
type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Item[];
};

function expectPage(body: Page, itemSchema: string) {
  expect(Object.keys(body).sort()).toEqual([...pageFields].sort());
  expect(pageValidator(body), JSON.stringify(pageValidator.errors)).toBe(true);
  expect(body.size).toBe(body.contents.length);
  for (const item of body.contents) expectValid(itemSchema, item);
}

// ---- Calling the route handlers as Next.js would.

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Response | Promise<Response>;

// Requests below name wegweiser.test as their host; links must name the configured address instead.
vi.hoisted(() => {
  process.env.PUBLIC_URL = "https://wegweiser.aachen.example";
});

async function call(handler: Handler, url: string, init?: RequestInit & { id?: string }) {
  const response = await handler(new Request(`http://wegweiser.test/api/hsds${url}`, init), {
    params: Promise.resolve({ id: init?.id ?? "" }),
  });
  const text = response.status === 200 || response.status >= 400 ? await response.text() : "";
  return { response, body: text ? JSON.parse(text) : null };
}

const list = async (handler: Handler, url: string) => {
  const { response, body } = await call(handler, url);
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body as Page;
};
const one = async (handler: Handler, id: string, query = "") => {
  const { response, body } = await call(handler, `/x/${id}${query}`, { id });
  return { status: response.status, body: body as Item };
};

// ---- Data: the demo catalogue plus records that must never appear.

// An offer is in the open data when it and its organisation are published.
const live = { status: "published", organization: { status: "published" } } as const;
const publishedOffers = () => db.offer.count({ where: live });

const hidden = { draftOffer: "", archivedOrg: "", offerOfArchivedOrg: "", draftLocation: "", salAtDraftLocation: "" };

beforeAll(async () => {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedDemo(tx);
    },
    { timeout: 120_000 },
  );
  const published = await db.offer.findFirstOrThrow({ where: live, orderBy: { slug: "asc" } });
  const draft = await db.offer.create({
    data: {
      slug: "hsds-entwurf",
      organizationId: published.organizationId,
      status: "draft",
      translations: {
        create: { locale: "de", title: "Zauberwortkurs im Entwurf", summary: "Noch nicht veröffentlicht." },
      },
    },
  });
  const archived = await db.organization.create({
    data: { slug: "hsds-archiviert", name: "Archivierter Verein", type: "volunteer_initiative", status: "archived" },
  });
  const orphan = await db.offer.create({
    data: {
      slug: "hsds-verwaist",
      organizationId: archived.id,
      status: "published",
      translations: {
        create: { locale: "de", title: "Zauberwortkurs beim archivierten Verein", summary: "Unsichtbar." },
      },
    },
  });
  const draftLocation = await db.location.create({
    data: {
      organizationId: published.organizationId,
      street: "Entwurfsweg 1",
      postcode: "52062",
      latitude: 50.7766,
      longitude: 6.0834,
      status: "draft",
    },
  });
  const sal = await db.offerLocation.create({ data: { offerId: published.id, locationId: draftLocation.id } });
  await db.$transaction((tx) => reindexOffers(tx, dbKind, [draft.id, orphan.id]));
  Object.assign(hidden, {
    draftOffer: draft.id,
    archivedOrg: archived.id,
    offerOfArchivedOrg: orphan.id,
    draftLocation: draftLocation.id,
    salAtDraftLocation: sal.id,
  });
});

describe("the root and the OpenAPI document", () => {
  it("names HSDS 3.0, a profile and the OpenAPI document", async () => {
    const { response, body } = await call(root.GET, "");
    expect(response.status).toBe(200);
    expect(body).toEqual({
      version: "3.0",
      profile: expect.stringMatching(/^https:\/\//),
      openapi_url: "https://wegweiser.aachen.example/api/hsds/openapi.json",
    });
  });

  it("serves the official OpenAPI document with this API's limits in its description", async () => {
    const response = await openapiRoute.GET(new Request("http://wegweiser.test/api/hsds/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const served = JSON.parse(await response.text());
    // The template's placeholders for an API's own text state the page limits; nothing else differs.
    expect(served.info.description).toContain(`at most ${MAX_FULL_PER_PAGE} items`);
    expect(served.components.parameters.per_page.description).toContain(String(MAX_FULL_PER_PAGE));
    const upstream = readSchema("openapi.json");
    upstream.info.description = served.info.description;
    upstream.components.parameters.per_page.description = served.components.parameters.per_page.description;
    expect(served).toEqual(upstream);
  });
});

describe("lists validate against the HSDS schemas", () => {
  it("services, in all three views", async () => {
    const total = await publishedOffers();
    const page = await list(servicesRoute.GET, "/services?per_page=1000");
    expectPage(page, "compiled/service_list.json");
    expect(page.total_items).toBe(total);
    expect(page.contents[0]).toHaveProperty("schedules");
    expect(page.contents[0]).not.toHaveProperty("service_at_locations");

    const minimal = await list(servicesRoute.GET, "/services?per_page=1000&minimal=true");
    expectPage(minimal, "compiled/service_list.json");
    for (const item of minimal.contents) expect(Object.values(item).some((v) => typeof v === "object")).toBe(false);

    const full = await list(servicesRoute.GET, "/services?per_page=60&full=true");
    expectPage(full, "compiled/service_list.json");
    for (const item of full.contents) {
      expectValid("compiled/service.json", item);
      expect(item.organization).toMatchObject({ id: item.organization_id });
      expect(item.service_at_locations).toEqual(expect.any(Array));
    }
  });

  it("organizations, in all three views", async () => {
    for (const query of ["", "&minimal=true", "&full=true", "&full=true&full_service=true"]) {
      const page = await list(organizationsRoute.GET, `/organizations?per_page=1000${query}`);
      expectPage(page, "compiled/organization_list.json");
      expect(page.total_items).toBe(await db.organization.count({ where: { status: "published" } }));
      if (query.includes("full=true"))
        for (const item of page.contents) expectValid("compiled/organization.json", item);
    }
  });

  it("service_at_locations, in all three views", async () => {
    for (const query of ["", "&minimal=true", "&full=true"]) {
      const page = await list(salsRoute.GET, `/service_at_locations?per_page=1000${query}`);
      expectPage(page, "compiled/service_at_location_list.json");
      if (query === "&full=true")
        for (const item of page.contents.slice(0, 40)) expectValid("compiled/service_at_location.json", item);
    }
  });

  it("taxonomies and taxonomy_terms", async () => {
    const taxonomies = await list(taxonomiesRoute.GET, "/taxonomies");
    expectPage(taxonomies, "taxonomy.json");
    expect(taxonomies.contents.map((t) => t.id).sort()).toEqual(Object.values(TAXONOMY_IDS).sort());

    const terms = await list(termsRoute.GET, "/taxonomy_terms?per_page=1000");
    expectPage(terms, "taxonomy_term.json");
    expect(terms.total_items).toBe(await db.taxonomyTerm.count());
  });
});

describe("single records validate against the HSDS schemas", () => {
  it("services", async () => {
    const offers = await db.offer.findMany({ where: { ...live, programmeId: { not: null } }, take: 2 });
    const plain = await db.offer.findFirstOrThrow({ where: { ...live, programmeId: null } });
    for (const { id } of [...offers, plain]) {
      const { status, body } = await one(serviceRoute.GET, id);
      expect(status).toBe(200);
      expectValid("compiled/service.json", body);
      expect(body).toMatchObject({
        id,
        status: "active",
        organization: expect.any(Object),
        service_at_locations: expect.any(Array),
      });
    }
    const withProgramme = await one(serviceRoute.GET, offers[0]!.id);
    expect(withProgramme.body.program).toMatchObject({ id: offers[0]!.programmeId });
  });

  it("organizations, with their services nested fully on request", async () => {
    const organizations = await db.organization.findMany({
      where: { status: "published", offers: { some: {} } },
      take: 3,
    });
    for (const { id } of organizations) {
      const { status, body } = await one(organizationRoute.GET, id);
      expect(status).toBe(200);
      expectValid("compiled/organization.json", body);
      expect(body.services).toEqual(expect.any(Array));
    }
    const full = await one(organizationRoute.GET, organizations[0]!.id, "?full_service=true");
    expectValid("compiled/organization.json", full.body);
    expect((full.body.services as Item[])[0]).toHaveProperty("service_at_locations");
  });

  it("service_at_locations, taxonomies and taxonomy_terms", async () => {
    const sals = await db.offerLocation.findMany({
      where: { offer: live, location: { status: "published" } },
      take: 3,
    });
    for (const { id } of sals) {
      const { status, body } = await one(salRoute.GET, id);
      expect(status).toBe(200);
      expectValid("compiled/service_at_location.json", body);
      expect(body).toMatchObject({ location: expect.any(Object), service: expect.any(Object) });
    }
    for (const id of Object.values(TAXONOMY_IDS)) {
      const { status, body } = await one(taxonomyRoute.GET, id);
      expect(status).toBe(200);
      expectValid("taxonomy.json", body);
    }
    for (const { id } of await db.taxonomyTerm.findMany({ take: 3 })) {
      const { status, body } = await one(termRoute.GET, id);
      expect(status).toBe(200);
      expectValid("taxonomy_term.json", body);
      expect(body.taxonomy_detail).toMatchObject({ id: body.taxonomy_id });
    }
  });

  it("chooses the translation by locale, German where there is none", async () => {
    const text = await db.offerTranslation.findFirstOrThrow({
      where: { locale: "uk", offer: { status: "published" } },
    });
    const german = await db.offerTranslation.findUniqueOrThrow({
      where: { offerId_locale: { offerId: text.offerId, locale: "de" } },
    });
    expect((await one(serviceRoute.GET, text.offerId)).body.name).toBe(german.title);
    expect((await one(serviceRoute.GET, text.offerId, "?locale=uk")).body.name).toBe(text.title);
    const untranslated = await db.offer.findFirstOrThrow({
      where: { ...live, translations: { none: { locale: "tr" } } },
      select: { id: true, translations: { where: { locale: "de" }, select: { title: true } } },
    });
    expect((await one(serviceRoute.GET, untranslated.id, "?locale=tr")).body.name).toBe(
      untranslated.translations[0]!.title,
    );
  });
});

describe("mapping", () => {
  it("writes weekly slots as RRULE-style schedules", async () => {
    const slot = await db.schedule.findFirstOrThrow({ where: { interval: { gt: 1 }, offer: live } });
    const { body } = await one(serviceRoute.GET, slot.offerId!);
    const schedule = (body.schedules as Item[]).find((s) => s.id === slot.id);
    expect(schedule).toMatchObject({
      freq: "WEEKLY",
      interval: slot.interval,
      byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][slot.weekday - 1],
      opens_at: slot.opensAt,
      closes_at: slot.closesAt,
      dtstart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      description: expect.stringContaining(`alle ${slot.interval} Wochen`),
    });
  });

  it("states costs, ages, languages and categories", async () => {
    const offer = await db.offer.findFirstOrThrow({
      where: { ...live, free: true, minAge: { not: null }, languages: { some: { code: "de" } }, terms: { some: {} } },
      include: { languages: true, terms: true },
    });
    const { body } = await one(serviceRoute.GET, offer.id, "?locale=en");
    expect(body.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: "EUR" })]);
    expect(body.minimum_age).toBe(offer.minAge);
    expect((body.languages as Item[]).map((l) => l.code).sort()).toEqual(offer.languages.map((l) => l.code).sort());
    expect((body.attributes as Item[]).map((a) => a.taxonomy_term_id).sort()).toEqual(
      offer.terms.map((t) => t.termId).sort(),
    );
    expect((body.languages as Item[]).find((l) => l.code === "de")?.name).toBe("German");
  });

  it("describes a location's address and access", async () => {
    const sal = await db.offerLocation.findFirstOrThrow({
      where: { offer: live, location: { status: "published", district: { isNot: null } } },
      include: { location: { include: { district: true } } },
    });
    await db.location.update({ where: { id: sal.locationId }, data: { wheelchairAccessible: true } });
    // As every save does: HSDS answers are kept per version, and an earlier test may have read this one.
    await bumpPublicVersion(db);
    const { body } = await one(salRoute.GET, sal.id);
    const location = body.location as Item;
    expect(location.addresses).toEqual([
      expect.objectContaining({
        address_1: sal.location.street,
        postal_code: sal.location.postcode,
        city: sal.location.city,
        region: sal.location.district!.name,
        country: "DE",
      }),
    ]);
    expect(location.accessibility).toEqual([expect.objectContaining({ details: "Rollstuhlgerecht" })]);
    expectValid("compiled/service_at_location.json", body);
  });
});

describe("filters", () => {
  const ids = (page: Page) => page.contents.map((item) => item.id);

  it("search finds offers by their words, best first", async () => {
    const page = await list(servicesRoute.GET, "/services?search=Deutschkurs&per_page=100");
    expect(page.total_items).toBeGreaterThan(0);
    expect(String(page.contents[0]!.name)).toMatch(/deutsch/i);
    const sals = await list(salsRoute.GET, "/service_at_locations?search=Deutschkurs&per_page=100");
    expect(new Set(sals.contents.map((s) => s.service_id))).toEqual(new Set(ids(page)));
    expect((await list(servicesRoute.GET, "/services?search=Zauberwortkurs")).total_items).toBe(0);
  });

  it("taxonomy_term_id and taxonomy_id", async () => {
    const term = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code: "language" } });
    const page = await list(servicesRoute.GET, `/services?taxonomy_term_id=${term.id}&per_page=1000`);
    expect(page.total_items).toBe(await db.offer.count({ where: { ...live, terms: { some: { termId: term.id } } } }));
    for (const item of page.contents) {
      expect((item.attributes as Array<{ taxonomy_term_id: string }>).map((a) => a.taxonomy_term_id)).toContain(
        term.id,
      );
    }
    const audience = await list(servicesRoute.GET, `/services?taxonomy_id=${TAXONOMY_IDS.audience}&per_page=1000`);
    expect(audience.total_items).toBe(
      await db.offer.count({ where: { ...live, terms: { some: { term: { taxonomy: "audience" } } } } }),
    );
    const categoryTerms = await list(
      termsRoute.GET,
      `/taxonomy_terms?taxonomy_id=${TAXONOMY_IDS.category}&per_page=100`,
    );
    expect(categoryTerms.total_items).toBe(10);
    expect(
      (await list(servicesRoute.GET, "/services?taxonomy_id=00000000-0000-4000-8000-000000000000")).total_items,
    ).toBe(0);
  });

  it("organization_id", async () => {
    const organization = await db.organization.findFirstOrThrow({
      where: { status: "published", offers: { some: {} } },
    });
    const page = await list(servicesRoute.GET, `/services?organization_id=${organization.id}&per_page=1000`);
    expect(page.total_items).toBe(await db.offer.count({ where: { ...live, organizationId: organization.id } }));
    for (const item of page.contents) expect(item.organization_id).toBe(organization.id);
  });

  it("modified_after", async () => {
    const cutoff = new Date(Date.now() + 1000);
    const touched = await db.offer.findFirstOrThrow({ where: live, orderBy: { slug: "desc" } });
    await db.offer.update({ where: { id: touched.id }, data: { updatedAt: new Date(cutoff.getTime() + 5000) } });
    const page = await list(servicesRoute.GET, `/services?modified_after=${encodeURIComponent(cutoff.toISOString())}`);
    expect(ids(page)).toEqual([touched.id]);
    expect(
      (await list(salsRoute.GET, `/service_at_locations?modified_after=${cutoff.toISOString()}`)).contents.map(
        (s) => s.service_id,
      ),
    ).toEqual(expect.arrayContaining([touched.id]));
    expect((await list(servicesRoute.GET, "/services?modified_after=2000-01-01")).total_items).toBe(
      await publishedOffers(),
    );
  });

  it("minimum_age and maximum_age, as in the Open Referral UK profile", async () => {
    const older = await list(servicesRoute.GET, "/services?minimum_age=16&per_page=1000");
    expect(older.total_items).toBe(await db.offer.count({ where: { ...live, minAge: { gte: 16 } } }));
    expect(older.total_items).toBeGreaterThan(0);
    for (const item of older.contents) expect(item.minimum_age).toBeGreaterThanOrEqual(16);
    const younger = await list(servicesRoute.GET, "/services?maximum_age=10&per_page=1000");
    expect(younger.total_items).toBe(await db.offer.count({ where: { ...live, maxAge: { lte: 10 } } }));
    for (const item of younger.contents) expect(item.maximum_age).toBeLessThanOrEqual(10);
  });

  it("day", async () => {
    const saturday = await list(servicesRoute.GET, "/services?day=SA&per_page=1000");
    expect(saturday.total_items).toBe(
      await db.offer.count({ where: { ...live, schedules: { some: { weekday: 6 } } } }),
    );
    expect(saturday.total_items).toBeGreaterThan(0);
    for (const item of saturday.contents) {
      expect((item.schedules as Array<{ byday: string }>).map((s) => s.byday)).toContain("SA");
    }
    expect(ids(await list(servicesRoute.GET, "/services?day=saturday&per_page=1000"))).toEqual(ids(saturday));
  });

  it("combines parameters with AND", async () => {
    const organization = await db.organization.findFirstOrThrow({
      where: { status: "published", offers: { some: { minAge: { gte: 16 } } } },
    });
    const page = await list(
      servicesRoute.GET,
      `/services?organization_id=${organization.id}&minimum_age=16&per_page=1000`,
    );
    expect(page.total_items).toBe(
      await db.offer.count({ where: { ...live, organizationId: organization.id, minAge: { gte: 16 } } }),
    );
  });
});

describe("paging", () => {
  it("counts pages and flags the first, last and empty ones", async () => {
    const total = await publishedOffers();
    const pages = Math.ceil(total / 7);
    const second = await list(servicesRoute.GET, "/services?per_page=7&page=2&minimal=true");
    expect(second).toMatchObject({
      total_items: total,
      total_pages: pages,
      page_number: 2,
      size: 7,
      first_page: false,
      last_page: false,
      empty: false,
    });
    const last = await list(servicesRoute.GET, `/services?per_page=7&page=${pages}&minimal=true`);
    expect(last).toMatchObject({ page_number: pages, size: total - 7 * (pages - 1), last_page: true });
    const beyond = await list(servicesRoute.GET, `/services?per_page=7&page=${pages + 1}&minimal=true`);
    expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
    const first = await list(servicesRoute.GET, "/services?per_page=7&minimal=true");
    expect(first.first_page).toBe(true);
    const seen = new Set([...first.contents, ...second.contents].map((item) => item.id));
    expect(seen.size).toBe(14);
  });
});

describe("unpublished records", () => {
  it("are in no list and answer 404", async () => {
    const services = await list(servicesRoute.GET, "/services?per_page=1000&minimal=true");
    const serviceIds = services.contents.map((s) => s.id);
    expect(serviceIds).not.toContain(hidden.draftOffer);
    expect(serviceIds).not.toContain(hidden.offerOfArchivedOrg);
    const organizations = await list(organizationsRoute.GET, "/organizations?per_page=1000&full=true");
    expect(organizations.contents.map((o) => o.id)).not.toContain(hidden.archivedOrg);
    const locationIds = organizations.contents.flatMap((o) => (o.locations as Item[]).map((l) => l.id));
    expect(locationIds).not.toContain(hidden.draftLocation);
    const sals = await list(salsRoute.GET, "/service_at_locations?per_page=1000&minimal=true");
    expect(sals.contents.map((s) => s.id)).not.toContain(hidden.salAtDraftLocation);

    expect((await one(serviceRoute.GET, hidden.draftOffer)).status).toBe(404);
    expect((await one(serviceRoute.GET, hidden.offerOfArchivedOrg)).status).toBe(404);
    expect((await one(organizationRoute.GET, hidden.archivedOrg)).status).toBe(404);
    expect((await one(salRoute.GET, hidden.salAtDraftLocation)).status).toBe(404);
    const unknown = await one(serviceRoute.GET, "00000000-0000-4000-8000-000000000000");
    expect(unknown).toMatchObject({ status: 404, body: { error: "not_found" } });
  });

  it("are not in the dataset, whose tables validate and link up", async () => {
    const dataset = await publishedDataset("de");
    const tables = [
      ["organizations", "organization.json"],
      ["services", "service.json"],
      ["locations", "location.json"],
      ["service_at_locations", "service_at_location.json"],
      ["taxonomies", "taxonomy.json"],
      ["taxonomy_terms", "taxonomy_term.json"],
      ["programs", "program.json"],
    ] as const;
    for (const [table, schema] of tables) {
      expect(dataset[table].length, table).toBeGreaterThan(0);
      for (const record of dataset[table]) expectValid(schema, record);
    }
    const idsOf = (records: Array<{ id: string }>) => new Set(records.map((r) => r.id));
    const organizations = idsOf(dataset.organizations);
    const services = idsOf(dataset.services);
    const locations = idsOf(dataset.locations);
    const terms = idsOf(dataset.taxonomy_terms);
    expect(services.has(hidden.draftOffer) || services.has(hidden.offerOfArchivedOrg)).toBe(false);
    expect(organizations.has(hidden.archivedOrg) || locations.has(hidden.draftLocation)).toBe(false);
    for (const s of dataset.services) expect(organizations.has(s.organization_id)).toBe(true);
    for (const l of dataset.locations) expect(organizations.has(l.organization_id)).toBe(true);
    for (const sal of dataset.service_at_locations) {
      expect(services.has(sal.service_id) && locations.has(sal.location_id)).toBe(true);
    }
    for (const s of dataset.services)
      for (const a of s.attributes ?? []) expect(terms.has(a.taxonomy_term_id)).toBe(true);
    expect(dataset.services.length).toBe(await publishedOffers());
  });
});

describe("HTTP", () => {
  it("answers 304 to a matching ETag or a current If-Modified-Since", async () => {
    const url = "/services?per_page=5";
    const { response } = await call(servicesRoute.GET, url);
    const etag = response.headers.get("etag")!;
    const lastModified = response.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");

    expect((await call(servicesRoute.GET, url, { headers: { "If-None-Match": etag } })).response.status).toBe(304);
    expect((await call(servicesRoute.GET, url, { headers: { "If-None-Match": '"other"' } })).response.status).toBe(200);
    expect(
      (await call(servicesRoute.GET, url, { headers: { "If-Modified-Since": lastModified } })).response.status,
    ).toBe(304);
    const earlier = new Date(new Date(lastModified).getTime() - 60_000).toUTCString();
    expect((await call(servicesRoute.GET, url, { headers: { "If-Modified-Since": earlier } })).response.status).toBe(
      200,
    );
    const english = await call(servicesRoute.GET, `${url}&locale=en`);
    expect(english.response.headers.get("etag")).not.toBe(etag);
    expect(english.response.headers.get("content-language")).toBe("en");
  });

  it("allows reading from any origin", async () => {
    const { response } = await call(servicesRoute.GET, "/services?per_page=1");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await servicesRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    const head = await call(servicesRoute.HEAD, "/services?per_page=1", { method: "HEAD" });
    expect(head.response.status).toBe(200);
    expect(head.response.headers.get("etag")).toBe(response.headers.get("etag"));
    expect(await head.response.text()).toBe("");
  });

  it("answers 400 naming a bad parameter", async () => {
    const cases: Array<[Handler, string, string]> = [
      [servicesRoute.GET, "/services?per_page=0", "per_page"],
      [servicesRoute.GET, "/services?page=-1", "page"],
      [servicesRoute.GET, "/services?day=funday", "day"],
      [servicesRoute.GET, "/services?taxonomy_id=category", "taxonomy_id"],
      [servicesRoute.GET, "/services?modified_after=yesterday", "modified_after"],
      [servicesRoute.GET, "/services?minimum_age=old", "minimum_age"],
      [servicesRoute.GET, "/services?minimal=true&full=true", "full"],
      [salsRoute.GET, "/service_at_locations?locale=xx", "locale"],
      [organizationsRoute.GET, "/organizations?full=maybe", "full"],
      [termsRoute.GET, "/taxonomy_terms?parent_id=1", "parent_id"],
    ];
    for (const [handler, url, parameter] of cases) {
      const { response, body } = await call(handler, url);
      expect(response.status, url).toBe(400);
      expect(body, url).toMatchObject({ error: "invalid_parameter", parameter });
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
  });
});

describe("the services list's filters", () => {
  it("find what the query builder's form of them finds, in slug order", async () => {
    // A narrower term, and weekly times at places, which the demo data lacks.
    const language = await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category", code: "language" } });
    const evening = await db.taxonomyTerm.create({
      data: { taxonomy: "category", code: "hsds-language-evening", parentId: language.id },
    });
    const [first, second] = await db.offer.findMany({
      where: { ...live, terms: { none: { termId: language.id } } },
      orderBy: { slug: "asc" },
      take: 2,
    });
    await db.offerTerm.create({ data: { offerId: first!.id, termId: evening.id } });
    const atPlace = await db.offerLocation.findFirstOrThrow({
      where: { offer: { ...live, schedules: { none: {} } }, location: { status: "published" } },
    });
    await db.schedule.create({
      data: { offerLocationId: atPlace.id, weekday: 3, opensAt: "18:00", closesAt: "20:00" },
    });
    // At a place in draft, a weekly time finds nothing.
    await db.schedule.create({
      data: { offerLocationId: hidden.salAtDraftLocation, weekday: 7, opensAt: "10:00", closesAt: "12:00" },
    });
    await db.offer.update({ where: { id: second!.id }, data: { minAge: 3, maxAge: 6 } });
    const organization = await db.organization.findFirstOrThrow({ where: { status: "published", offers: { some: live } } });
    // Written past the app's one write path: the lists' cached totals are told as a save would.
    await bumpPublicVersion(db);
    const ids = (page: Page) => page.contents.map((item) => item.id);
    const filters: Array<[string, Parameters<typeof serviceWhere>[0]]> = [
      ["", {}],
      [`taxonomy_term_id=${language.id}`, { taxonomy_term_id: language.id }],
      [`taxonomy_term_id=${evening.id}`, { taxonomy_term_id: evening.id }],
      [`taxonomy_id=${TAXONOMY_IDS.audience}`, { taxonomy_id: TAXONOMY_IDS.audience }],
      [`organization_id=${organization.id}`, { organization_id: organization.id }],
      ["minimum_age=3&maximum_age=6", { minimum_age: 3, maximum_age: 6 }],
      ["day=WE", { day: 3 }],
      ["day=SU", { day: 7 }],
      ["modified_after=2000-01-01", { modified_after: new Date("2000-01-01") }],
      [`day=WE&taxonomy_id=${TAXONOMY_IDS.category}`, { day: 3, taxonomy_id: TAXONOMY_IDS.category }],
    ];
    for (const [query, filter] of filters) {
      const expected = await db.offer.findMany({
        where: serviceWhere(filter),
        orderBy: [{ slug: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      const page = await list(servicesRoute.GET, `/services?${query}&per_page=1000`);
      expect(ids(page), query).toEqual(expected.map((o) => o.id));
      expect(page.total_items, query).toBe(expected.length);
      const second = await list(servicesRoute.GET, `/services?${query}&per_page=2&page=2`);
      expect(ids(second), query).toEqual(expected.slice(2, 4).map((o) => o.id));
    }
    // The same for services at locations, which add a place's postcode and its changes.
    const places: Array<[string, Prisma.OfferLocationWhereInput]> = [
      ["", {}],
      ["day=WE", { offer: serviceWhere({ day: 3 }) }],
      ["day=SU", { offer: serviceWhere({ day: 7 }) }],
      [`taxonomy_term_id=${language.id}`, { offer: serviceWhere({ taxonomy_term_id: language.id }) }],
      [`organization_id=${organization.id}`, { offer: serviceWhere({ organization_id: organization.id }) }],
      ["postcode=52062", { location: { postcode: "52062" } }],
      [
        "modified_after=2000-01-01",
        { OR: [{ offer: { updatedAt: { gte: new Date("2000-01-01") } } }, { location: { updatedAt: { gte: new Date("2000-01-01") } } }] },
      ],
    ];
    for (const [query, condition] of places) {
      const expected = await db.offerLocation.findMany({
        where: { AND: [publicOfferLocation(), { offer: serviceWhere({}) }, condition] },
        orderBy: [{ offer: { slug: "asc" } }, { id: "asc" }],
        select: { id: true },
      });
      const page = await list(salsRoute.GET, `/service_at_locations?${query}&per_page=1000`);
      expect(ids(page), query).toEqual(expected.map((o) => o.id));
      expect(page.total_items, query).toBe(expected.length);
    }
    expect(ids(await list(servicesRoute.GET, `/services?taxonomy_term_id=${language.id}&per_page=1000`))).toContain(
      first!.id,
    );
    expect(ids(await list(servicesRoute.GET, "/services?day=WE&per_page=1000"))).toContain(atPlace.offerId);
  });
});

describe("answers kept between requests", () => {
  it("are answered again only when the public data changed", async () => {
    const offer = await db.offer.findFirstOrThrow({ where: live, orderBy: { slug: "desc" } });
    const before = await one(serviceRoute.GET, offer.id);
    expect(before.status).toBe(200);
    await db.offerTranslation.update({
      where: { offerId_locale: { offerId: offer.id, locale: "de" } },
      data: { title: "Neuer Titel fürs Kurzzeitgedächtnis" },
    });
    // Nothing told the app: the kept answer stands (as it would for a second until another
    // process has seen a save).
    expect((await one(serviceRoute.GET, offer.id)).body.name).toBe(before.body.name);
    // A save raises the version in its transaction, as this does.
    await bumpPublicVersion(db);
    expect((await one(serviceRoute.GET, offer.id)).body.name).toBe("Neuer Titel fürs Kurzzeitgedächtnis");
  });
});
