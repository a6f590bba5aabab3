// Reads an HSDS 3.0 document into the records it describes: the whole dataset as Wegweiser exports
// it ({ organizations, services, locations, service_at_locations, taxonomy_terms, … }), or a list of
// services with their organisation and places nested. Ids that are Wegweiser's own find their
// record again; any other id becomes the external id "hsds:<id>". Where Wegweiser's export writes
// a fixed sentence for a flag (registration, wheelchair access), the sentence is read back as the flag.
import { z } from "zod";
import * as field from "../../forms/fields";
import { locales } from "../../i18n/locales";
import { isValidSlot } from "../../schedule/slot";
import { taxonomyNameOf } from "../ids";
import {
  entriesOf,
  locationShape,
  organizationShape,
  serviceAtLocationShape,
  serviceShape,
  taxonomyTermShape,
  type Entry,
} from "./hsds-shape";
import { checkOfferRules, hsdsColumnOf } from "./offer-rules";
import { emptySet, type ImportSet, type ImportSlot, type OfferInput, type Reason } from "./model";
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from "../types";

/** The kind an organisation from HSDS gets until a coordinator sets one: HSDS does not say. */
export const HSDS_DEFAULT_TYPE = "volunteer_initiative" as const;
const SUMMARY_MAX = 500;

type Loose<T> = Partial<T> & Record<string, unknown>;
type Document = {
  organizations?: Loose<HsdsOrganization>[];
  services?: Loose<HsdsService>[];
  locations?: Loose<HsdsLocation>[];
  service_at_locations?: Loose<{ id: string; service_id: string; location_id: string; schedules: HsdsSchedule[] }>[];
  taxonomy_terms?: Loose<HsdsTaxonomyTerm>[];
};

const email = field.optionalEmail();
const phone = field.optionalPhone();
const website = field.optionalUrl();
const externalIdOf = (id: string) => (id.startsWith("hsds:") ? id : `hsds:${id}`);
const string = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const optional = (value: unknown) => string(value) || null;
const array = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

type Sentences = Pick<typeof import("../texts"), "registrationText" | "wheelchairText">;

export async function readHsds(text: string): Promise<ImportSet> {
  // Loaded only for HSDS files: the sentences come with the site's message catalogues.
  const sentences: Sentences = await import("../texts");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return emptySet("hsds", [{ key: "badJson", params: { message: (error as Error).message } }]);
  }
  const doc: Document = Array.isArray(parsed)
    ? { services: parsed }
    : typeof parsed === "object" && parsed
      ? (parsed as Document)
      : {};
  if (
    !["organizations", "services", "locations"].some((table) => Array.isArray((doc as Record<string, unknown>)[table]))
  )
    return emptySet("hsds", [{ key: "notHsds" }]);

  // Every entry is checked for its shape first: a null in a list or a number where a text belongs
  // rejects the record it is part of, with the place named, and is taken out before reading.
  const table = (name: keyof Document, shape: Parameters<typeof entriesOf>[2]) => entriesOf(name, doc[name], shape);
  const organizationEntries = table("organizations", organizationShape);
  const locationEntries = table("locations", locationShape);
  const serviceEntries = table("services", serviceShape);
  const linkEntries = table("service_at_locations", serviceAtLocationShape);
  const termEntries = table("taxonomy_terms", taxonomyTermShape);
  // Links and terms have no line of their own in the report: a broken one concerns the whole file.
  const fileErrors = [...linkEntries, ...termEntries].flatMap((entry) => entry.reasons);
  const valid = <T>(entries: Entry[]) => entries.flatMap((e) => (e.value ? [e.value as Loose<T>] : []));

  // Nested objects (a service's organisation, a place's location) count as if listed in their table.
  const organizations = organizationEntries.map((e) => ({ o: e.value as Loose<HsdsOrganization> | null, ...e }));
  const locations = locationEntries.map((e) => ({ l: e.value as Loose<HsdsLocation> | null, ...e }));
  const links = valid<NonNullable<Document["service_at_locations"]>[number]>(linkEntries);
  const knownOrganisations = new Set(organizations.flatMap(({ o }) => (o ? [string(o.id)] : [])));
  const knownLocations = new Set(locations.flatMap(({ l }) => (l ? [string(l.id)] : [])));
  serviceEntries.forEach(({ value }, i) => {
    if (!value) return;
    const service = value as Loose<HsdsService>;
    const nested = service.organization as Loose<HsdsOrganization> | undefined;
    if (nested && string(nested.id) && !knownOrganisations.has(string(nested.id))) {
      organizations.push({ o: nested, value: nested, path: `services[${i}].organization`, reasons: [] });
      knownOrganisations.add(string(nested.id));
    }
    array<Loose<HsdsServiceAtLocation>>(service.service_at_locations).forEach((link, j) => {
      const location = link.location as Loose<HsdsLocation> | undefined;
      if (location && string(location.id) && !knownLocations.has(string(location.id))) {
        const path = `services[${i}].service_at_locations[${j}].location`;
        locations.push({ l: location, value: location, path, reasons: [] });
        knownLocations.add(string(location.id));
      }
      links.push({
        id: string(link.id),
        service_id: string(link.service_id) || string(service.id),
        location_id: string(link.location_id) || string(location?.id),
        schedules: array<HsdsSchedule>(link.schedules),
      });
    });
  });
  const terms = new Map(valid<HsdsTaxonomyTerm>(termEntries).map((t) => [string(t.id), t]));

  const set = emptySet("hsds", fileErrors);
  const unit = (path: string, kind: "organisation" | "location" | "offer", id: string, found: Reason[] = []) => {
    const reasons: Reason[] = [...found];
    set.units.push({ line: null, path, kind, externalId: id, reasons });
    return { index: set.units.length - 1, reasons };
  };
  const seen = {
    organisation: new Map<string, string>(),
    location: new Map<string, string>(),
    offer: new Map<string, string>(),
  };
  const identify = (kind: keyof typeof seen, id: string, path: string, reasons: Reason[]) => {
    if (!id) reasons.push({ key: "required", params: { column: "id" } });
    const first = seen[kind].get(id);
    if (first) reasons.push({ key: "duplicateId", params: { externalId: id, firstLine: first } });
    else seen[kind].set(id, path);
  };

  for (const { o, path, reasons: found } of organizations) {
    if (!o) {
      unit(path, "organisation", "", found);
      continue;
    }
    const id = string(o.id);
    const { index, reasons } = unit(path, "organisation", id, found);
    identify("organisation", id, path, reasons);
    const name = string(o.name);
    if (!name) reasons.push({ key: "required", params: { column: "name" } });
    else if (name.length > 200) reasons.push({ key: "tooLong", params: { column: "name", max: 200 } });
    const parent = string(o.parent_organization_id);
    if (parent && !knownOrganisations.has(parent))
      reasons.push({ key: "unknownOrganisation", params: { externalId: parent } });
    set.organisations.push({
      key: id,
      externalId: externalIdOf(id),
      ownId: id,
      unit: index,
      name,
      shortName: optional(o.alternate_name),
      email: checked(email, "badEmail", o.email, reasons),
      phone: checked(phone, "badPhone", array<{ number?: string }>(o.phones)[0]?.number, reasons),
      website: checked(website, "badWebsite", o.website, reasons),
      description: optional(o.description),
      parentKey: parent || null,
      defaultType: HSDS_DEFAULT_TYPE,
    });
  }

  for (const { l, path, reasons: found } of locations) {
    if (!l) {
      unit(path, "location", "", found);
      continue;
    }
    const id = string(l.id);
    const { index, reasons } = unit(path, "location", id, found);
    identify("location", id, path, reasons);
    const organisationKey = string(l.organization_id);
    if (!knownOrganisations.has(organisationKey))
      reasons.push({ key: "unknownOrganisation", params: { externalId: organisationKey || "–" } });
    const address = array<Record<string, unknown>>(l.addresses)[0] ?? {};
    const street = string(address.address_1);
    const postcode = string(address.postal_code);
    if (!street) reasons.push({ key: "required", params: { column: "address_1" } });
    if (!/^\d{5}$/.test(postcode)) reasons.push({ key: "badPostcode", params: { value: postcode || "–" } });
    const latitude = typeof l.latitude === "number" && Math.abs(l.latitude) <= 90 ? l.latitude : null;
    const longitude = typeof l.longitude === "number" && Math.abs(l.longitude) <= 180 ? l.longitude : null;
    if (latitude === null || longitude === null)
      reasons.push({
        key: "badCoordinates",
        params: { latitude: String(l.latitude ?? "–"), longitude: String(l.longitude ?? "–") },
      });
    const access = array<Record<string, unknown>>(l.accessibility)[0];
    set.locations.push({
      key: id,
      externalId: externalIdOf(id),
      ownId: id,
      unit: index,
      organisationKey,
      name: optional(l.name),
      street,
      postcode,
      city: string(address.city) || "Aachen",
      latitude: latitude ?? 0,
      longitude: longitude ?? 0,
      accessibilityNote: optional(access?.description),
      wheelchairAccessible: wheelchair(string(access?.details), sentences),
    });
  }

  const linksOf = new Map<string, typeof links>();
  for (const link of links) {
    const list = linksOf.get(string(link.service_id)) ?? [];
    list.push(link);
    linksOf.set(string(link.service_id), list);
  }

  serviceEntries.forEach(({ value, path, reasons: found }) => {
    if (!value) {
      unit(path, "offer", "", found);
      return;
    }
    const s = value as Loose<HsdsService>;
    const id = string(s.id);
    const { index, reasons } = unit(path, "offer", id, found);
    identify("offer", id, path, reasons);
    set.offers.push(
      readService(s, id, index, reasons, {
        knownOrganisations,
        knownLocations,
        links: linksOf.get(id) ?? [],
        terms,
        sentences,
      }),
    );
  });
  return set;
}

type Context = {
  knownOrganisations: Set<string>;
  knownLocations: Set<string>;
  links: NonNullable<Document["service_at_locations"]>;
  terms: Map<string, Loose<HsdsTaxonomyTerm>>;
  sentences: Sentences;
};

function readService(s: Loose<HsdsService>, id: string, unit: number, reasons: Reason[], context: Context): OfferInput {
  const organisationKey = string(s.organization_id);
  if (!context.knownOrganisations.has(organisationKey))
    reasons.push({ key: "unknownOrganisation", params: { externalId: organisationKey || "–" } });
  const title = string(s.name);
  const { summary, description } = splitDescription(string(s.description));

  // The export writes a sentence for "registration needed" when there is no text on how to join.
  const process = optional(s.application_process);
  const registration = process !== null && locales.some((l) => context.sentences.registrationText(l) === process);
  const costs = array<{ amount?: unknown }>(s.cost_options);

  const offer: OfferInput = {
    key: id,
    externalId: externalIdOf(id),
    ownId: id,
    unit,
    organisationKey,
    status: string(s.status) === "active" || !s.status ? "published" : "draft",
    ...(costs.length ? { free: costs.some((c) => c.amount === 0) } : {}),
    ...(registration ? { registrationRequired: true } : {}),
    minAge: age(s.minimum_age, "minimum_age", reasons),
    maxAge: age(s.maximum_age, "maximum_age", reasons),
    email: optional(s.email)?.toLowerCase() ?? null,
    phone: optional(array<{ number?: string }>(s.phones)[0]?.number),
    website: optional(s.url),
    programme: optional(s.program_id),
    programmeIfKnown: true,
    translations: {
      de: {
        title,
        summary,
        description,
        eligibility: optional(s.eligibility_description),
        howToJoin: registration ? null : process,
        costNote: optional(s.fees_description),
      },
    },
    languages: [...new Set(array<{ code?: unknown }>(s.languages).map((l) => string(l.code).toLowerCase()))],
    schedules: slots(array<HsdsSchedule>(s.schedules), reasons),
  };
  // Texts, ages, contact and languages follow the rules the offer form keeps.
  checkOfferRules(offer, hsdsColumnOf, reasons);

  const codes = { category: [] as string[], audience: [] as string[] };
  for (const attribute of array<Loose<HsdsAttribute>>(s.attributes)) {
    const term =
      (attribute.taxonomy_term as Loose<HsdsTaxonomyTerm> | undefined) ??
      context.terms.get(string(attribute.taxonomy_term_id));
    // Only Wegweiser's own two taxonomies mean anything here; other vocabularies are left out.
    const taxonomy = string(term?.taxonomy) || taxonomyNameOf(string(term?.taxonomy_id)) || string(attribute.link_type);
    if ((taxonomy === "category" || taxonomy === "audience") && string(term?.code))
      codes[taxonomy].push(string(term?.code));
  }
  offer.categories = [...new Set(codes.category)];
  offer.audiences = [...new Set(codes.audience)];

  offer.locationKeys = [];
  offer.locationSchedules = {};
  for (const link of context.links) {
    const key = string(link.location_id);
    if (!context.knownLocations.has(key)) {
      reasons.push({ key: "unknownLocation", params: { externalId: key || "–" } });
      continue;
    }
    if (offer.locationKeys.includes(key)) continue;
    offer.locationKeys.push(key);
    offer.locationSchedules[key] = slots(array<HsdsSchedule>(link.schedules), reasons);
  }
  return offer;
}

/** HSDS has one description where Wegweiser has a summary and a text; the export joins them with a blank line. */
function splitDescription(text: string): { summary: string; description: string | null } {
  const normalised = text.replace(/\r\n?/g, "\n").trim();
  const [first = "", ...rest] = normalised.split(/\n\s*\n/);
  if (first.length <= SUMMARY_MAX) return { summary: first.trim(), description: rest.join("\n\n").trim() || null };
  // A long text without paragraphs: its opening sentences become the summary, the whole stays.
  const cut = first.slice(0, SUMMARY_MAX - 1);
  const end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! "), cut.lastIndexOf("? "));
  return { summary: end > 50 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`, description: normalised };
}

const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

function slots(schedules: HsdsSchedule[], reasons: Reason[]): ImportSlot[] {
  const out: ImportSlot[] = [];
  for (const s of schedules) {
    const opensAt = clock(s.opens_at);
    const closesAt = clock(s.closes_at);
    const interval = s.interval === undefined ? 1 : Number(s.interval);
    const weekdays = string(s.byday)
      .split(",")
      .map((d) => days.indexOf(d.trim().toUpperCase().slice(-2)) + 1);
    const validFrom = date(s.valid_from);
    const validUntil = date(s.valid_to);
    // Each weekday's time judged as the offer form judges a weekly time.
    const valid =
      (!s.freq || s.freq === "WEEKLY") &&
      weekdays.length > 0 &&
      weekdays.every((weekday) =>
        isValidSlot({ weekday, opensAt, closesAt, interval, validFrom, validUntil, note: optional(s.notes) }),
      );
    if (!valid) {
      reasons.push({
        key: "badSchedule",
        params: { value: string(s.description) || `${string(s.byday)} ${string(s.opens_at)}-${string(s.closes_at)}` },
      });
      continue;
    }
    for (const weekday of weekdays)
      out.push({
        weekday,
        opensAt,
        closesAt,
        interval,
        validFrom,
        validUntil,
        note: optional(s.notes),
      });
  }
  return out;
}

/** "09:00", "9:00" or "09:00:00" as "09:00"; "" if not a time of day. */
function clock(value: unknown): string {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?/.exec(string(value));
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return "";
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

const date = (value: unknown) =>
  /^\d{4}-\d{2}-\d{2}$/.test(string(value)) ? new Date(`${string(value)}T00:00:00Z`) : null;

function wheelchair(details: string, { wheelchairText }: Sentences): boolean | null {
  if (!details) return null;
  if (locales.some((l) => wheelchairText(true, l) === details)) return true;
  if (locales.some((l) => wheelchairText(false, l) === details)) return false;
  return null;
}

/** A number of years; whether it is a possible age is the offer's rule. */
function age(value: unknown, column: string, reasons: Reason[]): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return value;
  reasons.push({ key: "badAge", params: { column, value: String(value) } });
  return null;
}

function checked(schema: z.ZodType<string | null>, key: string, value: unknown, reasons: Reason[]): string | null {
  const text = string(value);
  const result = schema.safeParse(text);
  if (result.success) return result.data;
  reasons.push({ key, params: { value: text } });
  return null;
}
