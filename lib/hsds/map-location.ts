// Wegweiser locations as HSDS location (always physical, in Aachen's Land) with address and
// accessibility, and an offer at a location as HSDS service_at_location.
import type { Locale } from "../i18n/locales";
import { pickTranslation, sourceFallback } from "../i18n/translation";
import { compact, nonEmpty } from "./format";
import { childId } from "./ids";
import { mapSchedule } from "./map-schedule";
import type { LocationRow, OfferLocationRow } from "./select";
import { wheelchairText } from "./texts";
import type { HsdsAccessibility, HsdsLocation, HsdsServiceAtLocation } from "./types";

// HSDS requires a state; every Wegweiser location lies in or around Aachen.
const STATE = "Nordrhein-Westfalen";
const COUNTRY = "DE";

function accessibility(row: LocationRow, locale: Locale): HsdsAccessibility[] {
  const note = nonEmpty(pickTranslation(row.translations, locale, sourceFallback)?.accessibilityNote);
  const wheelchair = row.wheelchairAccessible === null ? undefined : wheelchairText(row.wheelchairAccessible, locale);
  if (!note && !wheelchair) return [];
  return [
    compact({ id: childId(row.id, "accessibility"), location_id: row.id, description: note, details: wheelchair }),
  ];
}

export function mapLocation(row: LocationRow, locale: Locale, { details = true } = {}): HsdsLocation {
  return compact({
    id: row.id,
    location_type: "physical" as const,
    organization_id: row.organizationId,
    name: nonEmpty(row.name),
    latitude: row.latitude,
    longitude: row.longitude,
    addresses: details
      ? [
          compact({
            id: childId(row.id, "address"),
            location_id: row.id,
            address_1: row.street,
            city: row.city,
            // The Stadtbezirk, where one is known: the region readers in Aachen look for.
            region: row.district?.name,
            state_province: STATE,
            postal_code: row.postcode,
            country: COUNTRY,
            address_type: "physical" as const,
          }),
        ]
      : undefined,
    accessibility: details ? accessibility(row, locale) : undefined,
  });
}

export type ServiceAtLocationParts = { schedules: boolean; location: boolean };

export function mapServiceAtLocation(
  row: OfferLocationRow,
  locale: Locale,
  parts: ServiceAtLocationParts,
): HsdsServiceAtLocation {
  return compact({
    id: row.id,
    service_id: row.offerId,
    location_id: row.locationId,
    schedules: parts.schedules
      ? row.schedules.map((s) => mapSchedule(s, locale, { service_at_location_id: row.id }))
      : undefined,
    location: parts.location ? mapLocation(row.location, locale) : undefined,
  });
}
