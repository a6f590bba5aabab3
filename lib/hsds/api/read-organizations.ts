import "server-only";
// /organizations and /organizations/{id}: published organisations as HSDS organizations.
import type { Prisma } from "../../../generated/sqlite/client";
import { db } from "../../db/index";
import { cachedTotal } from "./totals";
import { contains } from "../../db/text-search";
import type { Locale } from "../../i18n/locales";
import { newest } from "../format";
import { mapLocation } from "../map-location";
import { mapOrganization, mapProgram } from "../map-organization";
import { mapService, serviceDates, serviceViews, type ServiceParts } from "../map-service";
import { skipTake, toPage } from "./page";
import { publicLocation, publicOrganisation, publicProgramme } from "../../offers/visibility";
import type { OrganizationQuery, RecordQuery } from "./query";
import { loadOffersOf } from "./read-services";
import type { HsdsResult } from "./result";
import { locationSelect, organizationSelect, programmeSelect, type OfferRow } from "../select";

const organizationFullSelect = (locale: Locale) =>
  ({
    ...organizationSelect(locale),
    locations: { where: publicLocation, select: locationSelect(locale), orderBy: { id: "asc" } },
    programmes: {
      where: publicProgramme,
      select: programmeSelect(locale),
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    },
  }) satisfies Prisma.OrganizationSelect;

type OrganizationFullRow = Prisma.OrganizationGetPayload<{ select: ReturnType<typeof organizationFullSelect> }>;

type Nesting = { contacts: boolean; nested: boolean; services: ServiceParts };

function servicesView(fullService: boolean): ServiceParts {
  // Nested in their organisation, services do not repeat it.
  return fullService ? { ...serviceViews.full, organization: false } : serviceViews.list;
}

async function mapOrganizations(rows: OrganizationFullRow[], locale: Locale, nesting: Nesting) {
  const offers = nesting.nested
    ? await loadOffersOf(
        rows.map((r) => r.id),
        locale,
      )
    : [];
  const byOrganization = new Map<string, OfferRow[]>();
  for (const offer of offers)
    byOrganization.set(offer.organizationId, [...(byOrganization.get(offer.organizationId) ?? []), offer]);
  const contents = rows.map((row) =>
    mapOrganization(row, locale, {
      contacts: nesting.contacts,
      ...(nesting.nested && {
        locations: row.locations.map((l) => mapLocation(l, locale)),
        programs: row.programmes.map((p) => mapProgram(p, locale)),
        services: (byOrganization.get(row.id) ?? []).map((o) => mapService(o, locale, nesting.services)),
      }),
    }),
  );
  return { contents, lastModified: newest(organizationDates(rows, nesting.nested ? offers : [])) };
}

function organizationDates(rows: OrganizationFullRow[], offers: OfferRow[]): Date[] {
  return [
    ...rows.flatMap((row) => [
      row.updatedAt,
      ...row.locations.map((l) => l.updatedAt),
      ...row.programmes.map((p) => p.updatedAt),
    ]),
    ...offers.flatMap(serviceDates),
  ];
}

export async function listOrganizations(query: OrganizationQuery): Promise<HsdsResult> {
  const { locale } = query;
  const where: Prisma.OrganizationWhereInput = query.search
    ? { ...publicOrganisation, OR: [{ name: contains(query.search) }, { shortName: contains(query.search) }] }
    : publicOrganisation;
  const [total, rows] = await Promise.all([
    cachedTotal("organizations", where, () => db.organization.count({ where })),
    db.organization.findMany({
      where,
      select: organizationFullSelect(locale),
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...skipTake(query),
    }),
  ]);
  const { contents, lastModified } = await mapOrganizations(rows, locale, {
    contacts: !query.minimal,
    // Services "with full information" only exist in a fully nested organisation.
    nested: !query.minimal && (query.full || query.full_service),
    services: servicesView(query.full_service),
  });
  return { body: toPage(contents, total, query), lastModified, locale };
}

export async function getOrganization(id: string, query: RecordQuery): Promise<HsdsResult | null> {
  const { locale } = query;
  const row = await db.organization.findFirst({
    where: { id, ...publicOrganisation },
    select: organizationFullSelect(locale),
  });
  if (!row) return null;
  const { contents, lastModified } = await mapOrganizations([row], locale, {
    contacts: true,
    nested: true,
    services: servicesView(query.full_service),
  });
  return { body: contents[0], lastModified, locale };
}
