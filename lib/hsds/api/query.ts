// The query parameters of the HSDS API: those of the HSDS 3.0 OpenAPI document, the age and
// weekday filters of the Open Referral UK profile, and `locale`. Unknown parameters are ignored;
// a known one with an invalid value is an error that names it (the API answers 400).
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { defaultLocale, locales } from "../../i18n/locales";
import { TIME_ZONE } from "../../schedule/types";

export class HsdsParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "HsdsParameterError";
  }
}

export const MAX_PER_PAGE = 1000;
export const DEFAULT_PER_PAGE = 50;
/**
 * Nested answers are far larger per item (a fully nested organisation carries its services, each
 * with places, times and contacts), so any anonymous request stays a few megabytes at most: with
 * `full` or `full_service` a page holds at most this many items, whatever per_page asks for, and
 * the paging fields count pages of that size.
 */
export const MAX_FULL_PER_PAGE = 25;
/** Services nested in one organisation; /services?organization_id=… pages through all of them. */
export const MAX_NESTED_SERVICES = 40;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z
  .string()
  .regex(UUID)
  .transform((value) => value.toLowerCase());
const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");
const integer = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(min).max(max));

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const BYDAY = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/** ISO weekday 1–7 from "MO", "monday" or "1". */
const day = z.string().transform((value, context) => {
  const text = value.toLowerCase();
  const index = /^[1-7]$/.test(text) ? Number(text) - 1 : Math.max(BYDAY.indexOf(text), WEEKDAYS.indexOf(text));
  if (index < 0) {
    context.addIssue({ code: "custom", message: "not a day" });
    return z.NEVER;
  }
  return index + 1;
});

/** A date-time with offset, or a date (midnight in Aachen). */
const instant = z.union([
  z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  z.iso.date().transform((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, TIME_ZONE).getTime());
  }),
]);

const fields = {
  locale: z.enum(locales).default(defaultLocale),
  format: z.literal("json").optional(),
  page: integer(1, 1_000_000).default(1),
  per_page: integer(1, MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
  minimal: flag.default(false),
  full: flag.default(false),
  full_service: flag.default(false),
  search: z.string().max(200).optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  parent_id: uuid.optional(),
  top_only: flag.default(false),
  modified_after: instant.optional(),
  minimum_age: integer(0, 150).optional(),
  maximum_age: integer(0, 150).optional(),
  day: day.optional(),
  postcode: z
    .string()
    .regex(/^[0-9A-Za-z -]{3,10}$/)
    .optional(),
};

type Fields = typeof fields;

const hints: Record<keyof Fields, string> = {
  locale: `one of ${locales.join(", ")}`,
  format: "only json is offered",
  page: "a whole number from 1",
  per_page: `a whole number from 1 to ${MAX_PER_PAGE} (with full or full_service pages hold at most ${MAX_FULL_PER_PAGE})`,
  minimal: "true or false",
  full: "true or false",
  full_service: "true or false",
  search: "at most 200 characters",
  taxonomy_term_id: "a UUID",
  taxonomy_id: "a UUID",
  organization_id: "a UUID",
  parent_id: "a UUID",
  top_only: "true or false",
  modified_after: "an ISO 8601 date-time with offset (2025-01-31T12:00:00Z) or a date (2025-01-31)",
  minimum_age: "a whole number of years from 0 to 150",
  maximum_age: "a whole number of years from 0 to 150",
  day: "a weekday: MO … SU, monday … sunday or 1 … 7",
  postcode: "a postcode",
};

function parser<K extends keyof Fields>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, fields[key]])) as Pick<Fields, K>;
  const schema = z.object(shape);
  return (params: URLSearchParams): z.output<typeof schema> => {
    // The first of repeated parameters counts; an empty value counts as absent.
    const values: Record<string, string> = {};
    for (const key of keys) {
      const value = params.get(key)?.trim();
      if (value) values[key] = value;
    }
    const result = schema.safeParse(values);
    if (result.success) return result.data;
    const parameter = String(result.error.issues[0]?.path[0] ?? keys[0]);
    throw new HsdsParameterError(parameter, `${parameter}: expected ${hints[parameter as keyof Fields]}`);
  };
}

function exclusive<T extends { minimal: boolean; full: boolean; per_page: number; full_service?: boolean }>(
  query: T,
): T {
  if (query.minimal && query.full) throw new HsdsParameterError("full", "full: cannot be combined with minimal=true");
  const nested = query.full || (query.full_service === true && !query.minimal);
  return nested ? { ...query, per_page: Math.min(query.per_page, MAX_FULL_PER_PAGE) } : query;
}

const serviceFilters = [
  "search",
  "taxonomy_term_id",
  "taxonomy_id",
  "organization_id",
  "modified_after",
  "minimum_age",
  "maximum_age",
  "day",
] as const;
const paging = ["locale", "format", "page", "per_page"] as const;

const services = parser([...paging, "minimal", "full", ...serviceFilters]);
const serviceAtLocations = parser([...paging, "minimal", "full", ...serviceFilters, "postcode"]);
const organizations = parser([...paging, "minimal", "full", "full_service", "search"]);

export const parseServiceQuery = (params: URLSearchParams) => exclusive(services(params));
export const parseServiceAtLocationQuery = (params: URLSearchParams) => exclusive(serviceAtLocations(params));
export const parseOrganizationQuery = (params: URLSearchParams) => exclusive(organizations(params));
export const parseTaxonomyQuery = parser([...paging, "search"]);
export const parseTaxonomyTermQuery = parser([...paging, "search", "taxonomy_id", "parent_id", "top_only"]);
/** A single record: only its language, and for an organisation whether its services come fully nested. */
export const parseRecordQuery = parser(["locale", "format", "full_service"]);

export type ServiceQuery = ReturnType<typeof parseServiceQuery>;
export type ServiceFilter = Pick<ServiceQuery, (typeof serviceFilters)[number] | "locale">;
export type ServiceAtLocationQuery = ReturnType<typeof parseServiceAtLocationQuery>;
export type OrganizationQuery = ReturnType<typeof parseOrganizationQuery>;
export type TaxonomyQuery = ReturnType<typeof parseTaxonomyQuery>;
export type TaxonomyTermQuery = ReturnType<typeof parseTaxonomyTermQuery>;
export type RecordQuery = ReturnType<typeof parseRecordQuery>;
export type Paging = { page: number; per_page: number };
