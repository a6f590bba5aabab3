import "server-only";
// Downloads of the whole published directory: HSDS as one JSON document (which the import reads
// back), HSDS as one CSV file per table in a zip (the tabular form of HSDS, columns in the order of
// the official tabular schema), and GeoJSON of where offers and organisations are, for GIS tools.
import { strToU8, zipSync } from "fflate";
import type { Feature, FeatureCollection, Point } from "geojson";
import { toCsv } from "../../csv/write";
import { db } from "../../db/index";
import { publishedDataset } from "./dataset";
import { publicLocation, publicOffer, publicOfferLocation } from "../../offers/visibility";
import tabular from "../schema/compiled/tabular.json";
import type { HsdsDataset } from "../types";

type Row = Record<string, unknown>;
type TabularSchema = { properties: Record<string, { items?: { properties: Record<string, { type?: string }> } }> };

/** The scalar columns of an HSDS table; arrays and nested objects are tables of their own. */
function columnsOf(table: string): string[] {
  const definition = (tabular as unknown as TabularSchema).properties[table]?.items?.properties ?? {};
  return Object.entries(definition)
    .filter(([, field]) => field.type !== "array" && field.type !== "object")
    .map(([name]) => name);
}

const rowsOf = (owners: ReadonlyArray<Row>, key: string): Row[] =>
  owners.flatMap((owner) => (Array.isArray(owner[key]) ? (owner[key] as Row[]) : []));

/** The dataset's tables, each with its HSDS table name, as the CSV files of the zip. */
export function datasetTables(dataset: HsdsDataset): Array<{ file: string; table: string; rows: Row[] }> {
  const services = dataset.services as unknown as Row[];
  const organizations = dataset.organizations as unknown as Row[];
  const locations = dataset.locations as unknown as Row[];
  const serviceAtLocations = dataset.service_at_locations as unknown as Row[];
  return [
    { file: "organizations.csv", table: "organization", rows: organizations },
    { file: "services.csv", table: "service", rows: services },
    { file: "locations.csv", table: "location", rows: locations },
    { file: "service_at_locations.csv", table: "service_at_location", rows: serviceAtLocations },
    {
      file: "schedules.csv",
      table: "schedule",
      rows: [...rowsOf(services, "schedules"), ...rowsOf(serviceAtLocations, "schedules")],
    },
    { file: "languages.csv", table: "language", rows: rowsOf(services, "languages") },
    { file: "taxonomies.csv", table: "taxonomy", rows: dataset.taxonomies as unknown as Row[] },
    { file: "taxonomy_terms.csv", table: "taxonomy_term", rows: dataset.taxonomy_terms as unknown as Row[] },
    { file: "service_attributes.csv", table: "attribute", rows: rowsOf(services, "attributes") },
    { file: "phones.csv", table: "phone", rows: [...rowsOf(organizations, "phones"), ...rowsOf(services, "phones")] },
    { file: "contacts.csv", table: "contact", rows: rowsOf(organizations, "contacts") },
    { file: "addresses.csv", table: "address", rows: rowsOf(locations, "addresses") },
    { file: "accessibility.csv", table: "accessibility", rows: rowsOf(locations, "accessibility") },
    { file: "cost_options.csv", table: "cost_option", rows: rowsOf(services, "cost_options") },
    { file: "funding.csv", table: "funding", rows: rowsOf(services, "funding") },
    { file: "programs.csv", table: "program", rows: dataset.programs as unknown as Row[] },
  ];
}

function csvOf(table: string, rows: Row[]): string {
  const columns = columnsOf(table);
  const cell = (value: unknown) =>
    value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  return toCsv([columns, ...rows.map((row) => columns.map((c) => cell(row[c])))]);
}

/** A zip with one CSV file per HSDS table (UTF-8, comma-separated, header row). */
export async function exportCsvZip(): Promise<Uint8Array> {
  const dataset = await publishedDataset("de");
  const files: Record<string, Uint8Array> = {};
  for (const { file, table, rows } of datasetTables(dataset)) files[file] = strToU8(csvOf(table, rows));
  return zipSync(files, { level: 6, mtime: new Date() });
}

/** The whole published directory as one HSDS document; the import accepts it as it is. */
export async function exportHsdsJson(): Promise<string> {
  return JSON.stringify(await publishedDataset("de"), null, 2);
}

export type GeoKind = "offers" | "organisations";
type PlaceProperties = {
  id: string;
  name: string;
  url: string;
  categories: string[];
  address: string;
  location_id: string;
};

const point = (longitude: number, latitude: number): Point => ({ type: "Point", coordinates: [longitude, latitude] });
const addressOf = (l: { street: string; postcode: string; city: string }) => `${l.street}, ${l.postcode} ${l.city}`;
const categoriesOf = (terms: ReadonlyArray<{ term: { taxonomy: string; code: string } }>) =>
  terms.filter((t) => t.term.taxonomy === "category").map((t) => t.term.code);

/**
 * Where the published offers take place, or where the published organisations are: one point per
 * place, so that an offer held at two places is two features with the same id.
 */
export async function exportGeoJson(kind: GeoKind, origin = ""): Promise<FeatureCollection<Point, PlaceProperties>> {
  const place = { id: true, latitude: true, longitude: true, street: true, postcode: true, city: true } as const;
  const terms = { select: { term: { select: { taxonomy: true, code: true } } } } as const;
  let features: Array<Feature<Point, PlaceProperties>>;
  if (kind === "offers") {
    const rows = await db.offerLocation.findMany({
      where: publicOfferLocation(),
      orderBy: [{ offerId: "asc" }, { locationId: "asc" }],
      select: {
        location: { select: place },
        offer: {
          select: { id: true, slug: true, translations: { where: { locale: "de" }, select: { title: true } }, terms },
        },
      },
    });
    features = rows.map(({ offer, location }) => ({
      type: "Feature",
      geometry: point(location.longitude, location.latitude),
      properties: {
        id: offer.id,
        name: offer.translations[0]?.title ?? offer.slug,
        url: `${origin}/de/offers/${offer.slug}`,
        categories: categoriesOf(offer.terms),
        address: addressOf(location),
        location_id: location.id,
      },
    }));
  } else {
    const rows = await db.location.findMany({
      where: publicLocation,
      orderBy: [{ organizationId: "asc" }, { id: "asc" }],
      select: {
        ...place,
        organization: {
          select: { id: true, slug: true, name: true, offers: { where: publicOffer(), select: { terms } } },
        },
      },
    });
    features = rows.map(({ organization, ...location }) => ({
      type: "Feature",
      geometry: point(location.longitude, location.latitude),
      properties: {
        id: organization.id,
        name: organization.name,
        url: `${origin}/de/organisations/${organization.slug}`,
        // What the organisation offers, from its published offers' categories.
        categories: [...new Set(organization.offers.flatMap((o) => categoriesOf(o.terms)))].sort(),
        address: addressOf(location),
        location_id: location.id,
      },
    }));
  }
  return { type: "FeatureCollection", features };
}
