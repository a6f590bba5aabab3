// The offer search's state lives in the address so that a result can be bookmarked and shared.
// Public pages never fail on a bad parameter: an invalid value is simply ignored.
import { z } from "zod";
import { districtCodes, type DistrictCode } from "../geo/districts";
import { OLDEST } from "../search/time-keys";

const MAX_QUERY = 200;

/** The first MAX_QUERY characters, ending with a whole word (every word must match). */
function clipQuery(text: string): string {
  const characters = Array.from(text);
  if (characters.length <= MAX_QUERY) return text;
  const clipped = characters.slice(0, MAX_QUERY + 1).join("");
  const end = clipped.search(/\s\S*$/);
  return (end > 0 ? clipped.slice(0, end) : characters.slice(0, MAX_QUERY).join("")).trim();
}

const code = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,40}$/);

const schema = z.object({
  // A pasted paragraph searches by its beginning (the search reads a few words anyway), not by nothing.
  q: z
    .string()
    .transform((text) => clipQuery(text.trim()))
    .optional()
    .catch(undefined),
  category: code.optional().catch(undefined),
  audience: code.optional().catch(undefined),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .catch(undefined),
  district: z
    .enum(districtCodes as [DistrictCode, ...DistrictCode[]])
    .optional()
    .catch(undefined),
  free: z
    .enum(["1", "true", "on"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  programme: code.optional().catch(undefined),
  /** the age of the person the offer is for, in years */
  age: z.coerce.number().int().min(0).max(OLDEST).optional().catch(undefined),
  /** ISO weekday the offer is held on, 1 = Monday */
  day: z.coerce.number().int().min(1).max(7).optional().catch(undefined),
  /** open now, in Aachen */
  open: z
    .enum(["1", "true", "on"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  near: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
    .transform((value) => {
      const [lat, lng] = value.split(",").map(Number) as [number, number];
      return { lat, lng };
    })
    .refine(({ lat, lng }) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180)
    .optional()
    .catch(undefined),
  sort: z.enum(["relevance", "distance", "recent"]).optional().catch(undefined),
  view: z.enum(["list", "map"]).default("list").catch("list"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type OfferFilter = z.infer<typeof schema>;
export type SearchParams = Record<string, string | string[] | undefined>;

export function parseOfferFilter(params: SearchParams): OfferFilter {
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  // An empty age field means no age, not age 0.
  const filter = schema.parse({ ...flat, age: flat.age?.trim() || undefined, day: flat.day || undefined });
  return { ...filter, q: filter.q || undefined };
}

/** The narrowing filters that are set, in the order the page lists them. */
export const narrowingKeys = ["category", "audience", "language", "district", "free", "programme", "age", "day", "open"] as const;
export type NarrowingKey = (typeof narrowingKeys)[number];

export function activeFilters(filter: OfferFilter): NarrowingKey[] {
  return narrowingKeys.filter((key) => filter[key] !== undefined);
}

/** The filter as query-string pairs, with changes applied (undefined removes a key). */
export function toQuery(filter: OfferFilter, changes: Partial<Record<keyof OfferFilter, string | undefined>> = {}) {
  const values: Record<string, string | undefined> = {
    q: filter.q,
    category: filter.category,
    audience: filter.audience,
    language: filter.language,
    district: filter.district,
    free: filter.free ? "1" : undefined,
    programme: filter.programme,
    age: filter.age !== undefined ? String(filter.age) : undefined,
    day: filter.day !== undefined ? String(filter.day) : undefined,
    open: filter.open ? "1" : undefined,
    near: filter.near ? `${filter.near.lat.toFixed(4)},${filter.near.lng.toFixed(4)}` : undefined,
    sort: filter.sort,
    view: filter.view === "map" ? "map" : undefined,
    page: filter.page > 1 ? String(filter.page) : undefined,
  };
  const merged = { ...values, ...changes };
  return Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
