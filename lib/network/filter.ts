// The filter shared by the network pages (graph and map). It travels as a GET query, so a view of
// the network can be bookmarked and handed on; anything that is not a known value is dropped
// rather than refused, as such links outlive renamed programmes and old bookmarks.
import { districtCodes, type DistrictCode } from "../geo/districts";
import { isOrganisationType, type OrganisationType } from "../organisations/types";
import type { RelationshipType } from "../relationships/editing";

export const networkRelationTypes = [
  "cooperates_with",
  "funds",
  "refers_to",
  "member_of",
  "supports",
  "part_of",
] as const satisfies readonly RelationshipType[];

export type NetworkFilter = {
  type?: OrganisationType;
  /** A programme's slug; it stands for its sub-programmes as well. */
  programme?: string;
  district?: DistrictCode;
  relation?: RelationshipType;
  /** Midnight UTC of the day the network is seen as of (dates in the database are calendar days). */
  asOf: Date;
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function read(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A calendar day written YYYY-MM-DD, or null: 2024-02-30 is no day, not the 1st of March. */
export function parseDay(value: string | undefined): Date | null {
  const match = value ? DAY.exec(value) : null;
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export const formatDay = (date: Date) => date.toISOString().slice(0, 10);

export function parseNetworkFilter(params: Params, now = new Date()): NetworkFilter {
  const type = read(params, "type");
  const programme = read(params, "programme");
  const district = read(params, "district");
  const relation = read(params, "relation");
  const filter: NetworkFilter = { asOf: parseDay(read(params, "asOf")) ?? startOfTodayUtc(now) };
  if (isOrganisationType(type)) filter.type = type;
  if (programme && programme.length <= 100 && SLUG.test(programme)) filter.programme = programme;
  if (districtCodes.includes(district as DistrictCode)) filter.district = district as DistrictCode;
  if ((networkRelationTypes as readonly string[]).includes(relation ?? ""))
    filter.relation = relation as RelationshipType;
  return filter;
}

/**
 * The filter as a query string without "?", empty when nothing is set. Today's date is left out,
 * so that a link to the current network stays current when it is opened tomorrow.
 */
export function networkFilterQuery(filter: NetworkFilter, now = new Date()): string {
  const query = new URLSearchParams();
  if (filter.type) query.set("type", filter.type);
  if (filter.programme) query.set("programme", filter.programme);
  if (filter.district) query.set("district", filter.district);
  if (filter.relation) query.set("relation", filter.relation);
  if (formatDay(filter.asOf) !== formatDay(startOfTodayUtc(now))) query.set("asOf", formatDay(filter.asOf));
  return query.toString();
}
