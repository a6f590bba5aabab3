// The shape an HSDS document must have where the import reads it: lists of objects, texts as
// strings. A document from elsewhere may hold null in a list or a number where a text belongs;
// each such place becomes a reason on the record it belongs to, and is taken out before the record
// is read, so that one broken entry rejects its record instead of failing the whole request.
import { z } from "zod";
import type { Reason } from "./model";

const text = z.string().nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const schedule = z.looseObject({
  freq: text,
  byday: text,
  opens_at: text,
  closes_at: text,
  valid_from: text,
  valid_to: text,
  notes: text,
  description: text,
});
const phone = z.looseObject({ number: text });

export const organizationShape = z.looseObject({
  id: text,
  name: text,
  alternate_name: text,
  email: text,
  website: text,
  description: text,
  parent_organization_id: text,
  phones: list(phone),
});

export const locationShape = z.looseObject({
  id: text,
  organization_id: text,
  name: text,
  addresses: list(z.looseObject({ address_1: text, postal_code: text, city: text })),
  accessibility: list(z.looseObject({ description: text, details: text })),
});

export const taxonomyTermShape = z.looseObject({ id: text, taxonomy: text, taxonomy_id: text, code: text });

export const serviceAtLocationShape = z.looseObject({
  id: text,
  service_id: text,
  location_id: text,
  location: locationShape.nullish(),
  schedules: list(schedule),
});

export const serviceShape = z.looseObject({
  id: text,
  organization_id: text,
  name: text,
  description: text,
  application_process: text,
  status: text,
  email: text,
  url: text,
  program_id: text,
  eligibility_description: text,
  fees_description: text,
  organization: organizationShape.nullish(),
  service_at_locations: list(serviceAtLocationShape),
  cost_options: list(z.looseObject({})),
  phones: list(phone),
  languages: list(z.looseObject({ code: text })),
  schedules: list(schedule),
  attributes: list(
    z.looseObject({ taxonomy_term_id: text, link_type: text, taxonomy_term: taxonomyTermShape.nullish() }),
  ),
});

type Key = string | number;
/** "schedules[1].opens_at" */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");

const expectedOf = (issue: z.core.$ZodIssue) =>
  issue.code === "invalid_type" ? String(issue.expected) : issue.code === "invalid_union" ? "object" : "other";

export type Entry = { value: Record<string, unknown> | null; path: string; reasons: Reason[] };

/**
 * The entries of one table: each object checked against its shape, with the places that do not fit
 * taken out and named in its reasons; an entry that is no object at all has no value.
 */
export function entriesOf(table: string, rows: unknown, shape: z.ZodType): Entry[] {
  if (rows === undefined || rows === null) return [];
  if (!Array.isArray(rows)) return [{ value: null, path: table, reasons: [badType([table], "array")] }];
  return rows.map((row, i) => {
    const path = `${table}[${i}]`;
    if (!row || typeof row !== "object" || Array.isArray(row))
      return { value: null, path, reasons: [badType([table, i], "object")] };
    const checked = shape.safeParse(row);
    if (checked.success) return { value: row as Record<string, unknown>, path, reasons: [] };
    const value = structuredClone(row) as Record<string, unknown>;
    const reasons = checked.error.issues.map((issue) =>
      badType([table, i, ...(issue.path as Key[])], expectedOf(issue)),
    );
    removeAt(
      value,
      checked.error.issues.map((issue) => issue.path as Key[]),
    );
    return { value, path, reasons };
  });
}

const badType = (path: readonly Key[], expected: string): Reason => ({
  key: "badType",
  params: { field: fieldPath(path), expected },
});

/** Takes out every value at the given paths: list entries are removed, object fields deleted. */
function removeAt(root: Record<string, unknown>, paths: ReadonlyArray<readonly Key[]>) {
  const dropped = new Map<unknown[], Set<number>>();
  for (const path of paths) {
    let parent: unknown = root;
    for (const key of path.slice(0, -1)) parent = (parent as Record<Key, unknown> | undefined)?.[key];
    const last = path[path.length - 1];
    if (Array.isArray(parent) && typeof last === "number") {
      const marks = dropped.get(parent) ?? new Set<number>();
      dropped.set(parent, marks.add(last));
    } else if (parent && typeof parent === "object" && last !== undefined)
      delete (parent as Record<Key, unknown>)[last];
  }
  // From the end, so that the indexes still name the right entries.
  for (const [array, marks] of dropped) for (const i of [...marks].sort((a, b) => b - a)) array.splice(i, 1);
}
