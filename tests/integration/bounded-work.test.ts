// A catalogue past a thousand offers: an import that updates every one of them, an HSDS search
// that matches more than a thousand, and the largest anonymous HSDS request all answer, the last
// bounded however many offers an organisation has; the partner directory shows a page at a time.
import { beforeAll, describe, expect, it } from "vitest";
import * as organizationRoute from "@/app/api/hsds/organizations/[id]/route";
import * as organizationsRoute from "@/app/api/hsds/organizations/route";
import * as servicesRoute from "@/app/api/hsds/services/route";
import * as salsRoute from "@/app/api/hsds/service_at_locations/route";
import type { Actor } from "@/lib/auth/policy";
import { toCsv } from "@/lib/csv/write";
import { db } from "@/lib/db";
import { MAX_FULL_PER_PAGE, MAX_NESTED_SERVICES } from "@/lib/hsds/api/query";
import { SEARCH_LIMIT } from "@/lib/hsds/api/search";
import { csvColumns } from "@/lib/hsds/csv-format";
import { exportHsdsJson } from "@/lib/hsds/export/formats";
import { applyImport, planImport, type ImportOutcome } from "@/lib/hsds/import/run";
import { DIRECTORY_PAGE_SIZE, pageOfOrganisations } from "@/lib/organisations/directory";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const OFFERS = 1_100;
// One provider with hundreds of offers, fifty with a few each.
const BIG = 600;
const organisationOf = (i: number) => (i < BIG ? 0 : 1 + ((i - BIG) % 50));
// The documented bound on any one answer (lib/hsds/api/openapi.ts, README "Open data").
const MAX_ANSWER_BYTES = 5 * 1024 * 1024;

function csv(status: "published" | "draft", word: string): string {
  const header = csvColumns.map((c) => c.name);
  const rows = Array.from({ length: OFFERS }, (_, i) => {
    const org = organisationOf(i);
    const values: Record<string, string> = {
      external_id: `viele-${i}`,
      organization_external_id: `traeger-${org}`,
      organization_name: `Träger ${org}`,
      organization_type: "education_provider",
      title_de: `${word} ${i}`,
      summary_de: `Ein ${word} für alle, Nummer ${i}.`,
      categories: "language",
      languages: "de",
      street: `Markt ${1 + (i % 90)}`,
      postcode: "52062",
      city: "Aachen",
      latitude: (50.77 + (i % 30) * 0.0005).toFixed(5),
      longitude: (6.08 + (i % 40) * 0.0005).toFixed(5),
      schedule: "Mi 15:00-17:00",
      status,
    };
    return header.map((name) => values[name] ?? "");
  });
  return toCsv([header, ...rows]);
}

const counted = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.formError} ${JSON.stringify(outcome.report?.rows.slice(0, 3))}`);
  return outcome.data;
};

type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  last_page: boolean;
  contents: Array<{ id: string; name: string; services?: Array<{ id: string }> }>;
};
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

async function get(handler: Handler, url: string, id = "") {
  const response = await handler(new Request(`http://wegweiser.test/api/hsds${url}`), {
    params: Promise.resolve({ id }),
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(200);
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) };
}

let coordinator: Actor;

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "koordination@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
  const created = counted(await applyImport({ name: "viele.csv", text: csv("published", "Zauberkurs") }, coordinator));
  expect(created.counts.offers.create).toBe(OFFERS);
});

describe("an import that updates more than a thousand offers", () => {
  it("checks and writes a CSV file that changes every offer", async () => {
    const file = { name: "viele.csv", text: csv("published", "Zauberkurse") };
    const dry = counted(await planImport(file, coordinator));
    expect(dry).toMatchObject({ applied: false, fileErrors: [] });
    expect(dry.counts.offers.update).toBe(OFFERS);
    expect(dry.counts.reject).toBe(0);

    const done = counted(await applyImport(file, coordinator));
    expect(done.applied).toBe(true);
    expect(done.counts.offers.update).toBe(OFFERS);
    expect(await db.offerTranslation.count({ where: { locale: "de", title: { startsWith: "Zauberkurse " } } })).toBe(
      OFFERS,
    );
    expect(await db.auditEntry.count({ where: { action: "importUpdate", entityType: "Offer" } })).toBe(OFFERS);
  });

  it("checks and writes an HSDS document that changes every offer", async () => {
    const text = (await exportHsdsJson()).replaceAll("Zauberkurse ", "Zauberkurs ");
    const dry = counted(await planImport({ name: "viele.json", text }, coordinator));
    expect(dry.counts.offers.update).toBe(OFFERS);
    expect(dry.counts.reject).toBe(0);

    const done = counted(await applyImport({ name: "viele.json", text }, coordinator));
    expect(done).toMatchObject({ applied: true, format: "hsds" });
    expect(done.counts.offers.update).toBe(OFFERS);
    expect(await db.offerTranslation.count({ where: { locale: "de", title: { startsWith: "Zauberkurs " } } })).toBe(
      OFFERS,
    );
  });
});

describe("an HSDS search with more than a thousand matches", () => {
  it("answers every page of services and service_at_locations with the ranked matches", async () => {
    // Every offer matches; the API ranks at most SEARCH_LIMIT of them, as the site does.
    const expected = Math.min(OFFERS, SEARCH_LIMIT);
    const first = await get(servicesRoute.GET, "/services?search=zauberkurs&per_page=400&minimal=true");
    expect(first.body).toMatchObject({ total_items: expected, total_pages: Math.ceil(expected / 400), size: 400 });
    const seen = new Set<string>();
    for (let page = 1; page <= first.body.total_pages; page++) {
      const { body } = await get(
        servicesRoute.GET,
        `/services?search=zauberkurs&per_page=400&minimal=true&page=${page}`,
      );
      expect(body).toMatchObject({ page_number: page, last_page: page === first.body.total_pages });
      for (const service of (body as Page).contents) {
        expect(service.name).toMatch(/^Zauberkurs \d+$/);
        seen.add(service.id);
      }
    }
    expect(seen.size).toBe(expected);

    const sals = await get(salsRoute.GET, "/service_at_locations?search=zauberkurs&per_page=100&page=3");
    expect(sals.body).toMatchObject({ total_items: expected, page_number: 3, size: 100 });
  });
});

describe("the largest anonymous HSDS request", () => {
  it("holds a bounded page of fully nested organisations and says how many pages there are", async () => {
    const organisations = await db.organization.count({ where: { status: "published" } });
    const { bytes, body } = await get(
      organizationsRoute.GET,
      "/organizations?per_page=1000&full=true&full_service=true",
    );
    const page = body as Page;
    expect(page).toMatchObject({
      total_items: organisations,
      total_pages: Math.ceil(organisations / MAX_FULL_PER_PAGE),
      page_number: 1,
      last_page: false,
      size: MAX_FULL_PER_PAGE,
    });
    expect(page.contents).toHaveLength(MAX_FULL_PER_PAGE);
    const nested = page.contents.map((o) => o.services?.length ?? 0);
    expect(Math.max(...nested)).toBe(MAX_NESTED_SERVICES);
    expect(nested.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_FULL_PER_PAGE * MAX_NESTED_SERVICES);
    expect(bytes).toBeLessThan(MAX_ANSWER_BYTES);

    // The last page holds the rest, and every organisation appears once over all pages.
    const names = new Set(page.contents.map((o) => o.name));
    for (let n = 2; n <= page.total_pages; n++) {
      const next = (await get(organizationsRoute.GET, `/organizations?per_page=1000&full=true&page=${n}`)).body as Page;
      expect(next).toMatchObject({ page_number: n, last_page: n === page.total_pages });
      for (const o of next.contents) names.add(o.name);
    }
    expect(names.size).toBe(organisations);
  });

  it("nests the first of a large provider's services and lists all of them under /services", async () => {
    const big = await db.organization.findFirstOrThrow({ where: { name: "Träger 0" } });
    const { body } = await get(organizationRoute.GET, `/x/${big.id}?full_service=true`, big.id);
    const nested = (body as { services: Array<{ id: string }> }).services.map((s) => s.id);
    expect(nested).toHaveLength(MAX_NESTED_SERVICES);
    const listed = await get(servicesRoute.GET, `/services?organization_id=${big.id}&per_page=1000&minimal=true`);
    expect(listed.body.total_items).toBe(BIG);
    expect((listed.body as Page).contents.slice(0, MAX_NESTED_SERVICES).map((s) => s.id)).toEqual(nested);
  });

  it("caps full service lists too", async () => {
    const services = await get(servicesRoute.GET, "/services?per_page=1000&full=true");
    expect(services.body).toMatchObject({
      size: MAX_FULL_PER_PAGE,
      total_pages: Math.ceil(OFFERS / MAX_FULL_PER_PAGE),
    });
    expect(services.bytes).toBeLessThan(MAX_ANSWER_BYTES);
  });
});

describe("the partner directory", () => {
  it("shows a page of partners with their offer counts, and the last page for one past it", async () => {
    const total = await db.organization.count({ where: { status: "published" } });
    const pages = Math.ceil(total / DIRECTORY_PAGE_SIZE);
    const first = await pageOfOrganisations({});
    expect(first).toMatchObject({ total, page: 1, pageCount: pages });
    expect(first.organisations).toHaveLength(DIRECTORY_PAGE_SIZE);
    const beyond = await pageOfOrganisations({ page: pages + 10 });
    expect(beyond).toMatchObject({ page: pages, pageCount: pages });
    expect(beyond.organisations).toHaveLength(total - (pages - 1) * DIRECTORY_PAGE_SIZE);
    const all = [];
    for (let page = 1; page <= pages; page++) all.push(...(await pageOfOrganisations({ page })).organisations);
    expect(new Set(all.map((o) => o.slug)).size).toBe(total);
    expect(all.find((o) => o.name === "Träger 0")?.offerCount).toBe(BIG);
  });
});
