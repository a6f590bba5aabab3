// Wegweiser offers as HSDS service. Which nested parts a response carries depends on the endpoint
// and its minimal/full parameters; the mapping of each field is the same everywhere.
import type { Locale } from "../i18n/locales";
import { languageName } from "../i18n/language-names";
import { pickTranslation, sourceFallback } from "../i18n/translation";
import { compact, emailAddress, httpUrl, joinTexts, localDate, nonEmpty } from "./format";
import { childId } from "./ids";
import { mapServiceAtLocation } from "./map-location";
import { mapOrganization, mapProgram } from "./map-organization";
import { mapSchedule } from "./map-schedule";
import { mapServiceAttribute } from "./map-taxonomy";
import { isPublished, type OfferRow } from "./select";
import { costText, registrationText } from "./texts";
import type { HsdsCostOption, HsdsFunding, HsdsPhone, HsdsService } from "./types";

export type ServiceParts = {
  /** phones, schedules, languages, cost options, funding, attributes: the service's own rows */
  arrays: boolean;
  program: boolean;
  /** the provider with its phones and contacts */
  organization: boolean;
  serviceAtLocations: boolean;
};

export const serviceViews = {
  minimal: { arrays: false, program: false, organization: false, serviceAtLocations: false },
  list: { arrays: true, program: true, organization: false, serviceAtLocations: false },
  full: { arrays: true, program: true, organization: true, serviceAtLocations: true },
  /** one table of a dataset: related records are tables of their own */
  dataset: { arrays: true, program: false, organization: false, serviceAtLocations: false },
} satisfies Record<string, ServiceParts>;

function costOptions(row: OfferRow, costNote: string | undefined, locale: Locale): HsdsCostOption[] {
  const option = costNote ?? costText(row.free, locale);
  const id = childId(row.id, "cost_option");
  return [
    compact({
      id,
      service_id: row.id,
      option,
      amount: row.free ? 0 : undefined,
      currency: row.free ? "EUR" : undefined,
    }),
  ];
}

function phones(row: OfferRow): HsdsPhone[] {
  const number = nonEmpty(row.phone);
  return number ? [{ id: childId(row.id, "phone"), service_id: row.id, number, type: "voice" }] : [];
}

function funding(row: OfferRow, locale: Locale): HsdsFunding[] {
  const programme = isPublished(row.programme) ? row.programme : null;
  const source = nonEmpty(programme && pickTranslation(programme.translations, locale, sourceFallback)?.funding);
  return source ? [{ id: childId(row.id, "funding"), service_id: row.id, source }] : [];
}

export function mapService(row: OfferRow, locale: Locale, parts: ServiceParts): HsdsService {
  const text = pickTranslation(row.translations, locale, sourceFallback);
  const costNote = nonEmpty(text?.costNote);
  const programme = isPublished(row.programme) ? row.programme : null;
  return compact({
    id: row.id,
    organization_id: row.organizationId,
    program_id: programme?.id,
    name: text?.title ?? "",
    description: joinTexts(text?.summary, text?.description) || undefined,
    url: httpUrl(row.website),
    email: emailAddress(row.email),
    status: "active" as const,
    application_process: nonEmpty(text?.howToJoin) ?? (row.registrationRequired ? registrationText(locale) : undefined),
    fees_description: costNote,
    eligibility_description: nonEmpty(text?.eligibility),
    minimum_age: row.minAge,
    maximum_age: row.maxAge,
    assured_date: localDate(row.lastVerifiedAt),
    last_modified: row.updatedAt.toISOString(),
    phones: parts.arrays ? phones(row) : undefined,
    schedules: parts.arrays ? row.schedules.map((s) => mapSchedule(s, locale, { service_id: row.id })) : undefined,
    languages: parts.arrays
      ? row.languages.map(({ code }) => ({
          id: childId(row.id, "language", code),
          service_id: row.id,
          code,
          name: languageName(code, locale),
        }))
      : undefined,
    cost_options: parts.arrays ? costOptions(row, costNote, locale) : undefined,
    funding: parts.arrays ? funding(row, locale) : undefined,
    attributes: parts.arrays ? row.terms.map(({ term }) => mapServiceAttribute(row.id, term, locale)) : undefined,
    program: parts.program && programme ? mapProgram(programme, locale) : undefined,
    organization: parts.organization ? mapOrganization(row.organization, locale, { contacts: true }) : undefined,
    service_at_locations: parts.serviceAtLocations
      ? row.locations.map((l) => mapServiceAtLocation(l, locale, { schedules: true, location: true }))
      : undefined,
  });
}

/** The updatedAt of every record a service's HSDS object draws on. */
export function serviceDates(row: OfferRow): Date[] {
  return [
    row.updatedAt,
    row.organization.updatedAt,
    ...(row.programme ? [row.programme.updatedAt] : []),
    ...row.terms.map(({ term }) => term.updatedAt),
    ...row.locations.map(({ location }) => location.updatedAt),
  ];
}
