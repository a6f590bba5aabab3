import "server-only";
// The whole published directory as HSDS, one array per table, for exports. Each object carries its
// own fields and the rows that exist only as part of it (a service's schedules, languages, cost
// options, attributes; a location's address); related records are in their own arrays and linked
// by id (organization_id, program_id, service_id, location_id, taxonomy_id), as in HSDS's tabular
// form, so that nothing is repeated.
import { db } from "../../db/index";
import type { Locale } from "../../i18n/locales";
import { mapLocation, mapServiceAtLocation } from "../map-location";
import { mapOrganization, mapProgram } from "../map-organization";
import { mapService, serviceViews } from "../map-service";
import { mapTaxonomy, mapTaxonomyTerm, taxonomyNames } from "../map-taxonomy";
import {
  publicLocation,
  publicOffer,
  publicOfferLocation,
  publicOrganisation,
  publicProgramme,
} from "../../offers/visibility";
import {
  locationSelect,
  offerLocationSelect,
  offerSelect,
  organizationSelect,
  programmeSelect,
  termSelect,
} from "../select";
import type { HsdsDataset } from "../types";

export async function publishedDataset(locale: Locale = "de"): Promise<HsdsDataset> {
  const [organizations, offers, locations, offerLocations, terms, programmes] = await Promise.all([
    db.organization.findMany({
      where: publicOrganisation,
      select: organizationSelect(locale),
      orderBy: { id: "asc" },
    }),
    db.offer.findMany({ where: publicOffer(), select: offerSelect(locale), orderBy: { id: "asc" } }),
    db.location.findMany({ where: publicLocation, select: locationSelect(locale), orderBy: { id: "asc" } }),
    db.offerLocation.findMany({
      where: publicOfferLocation(),
      select: offerLocationSelect(locale),
      orderBy: { id: "asc" },
    }),
    db.taxonomyTerm.findMany({
      select: termSelect(locale),
      orderBy: [{ taxonomy: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    db.programme.findMany({ where: publicProgramme, select: programmeSelect(locale), orderBy: { id: "asc" } }),
  ]);
  return {
    organizations: organizations.map((row) => mapOrganization(row, locale, { contacts: true })),
    services: offers.map((row) => mapService(row, locale, serviceViews.dataset)),
    locations: locations.map((row) => mapLocation(row, locale)),
    service_at_locations: offerLocations.map((row) =>
      mapServiceAtLocation(row, locale, { schedules: true, location: false }),
    ),
    taxonomies: taxonomyNames.map((name) => mapTaxonomy(name, locale)),
    taxonomy_terms: terms.map((row) => mapTaxonomyTerm(row, locale)),
    programs: programmes.map((row) => mapProgram(row, locale)),
  };
}
