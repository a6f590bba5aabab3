// What an audit entry changed, field by field. Snapshots are the flat form values of a record, so a
// top-level key is one field of its form ("name", "translations.ar.title").

export type FieldChange = { field: string; before: unknown; after: unknown };

type Snapshot = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Snapshot =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A snapshot that is not an object (an old entry, a bare value) still shows, as one field "value". */
const asSnapshot = (value: unknown): Snapshot =>
  value === null || value === undefined ? {} : isPlainObject(value) ? value : { value };

/** JSON with sorted object keys, so that the order fields were written in does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value))
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/** Whether a form field holds nothing: a text left empty, no box ticked, or no field at all. */
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * Top-level fields whose value differs between the two snapshots. An empty field and a missing one
 * are the same to the reader: a language's unused texts are saved as empty fields, and are missing
 * from a snapshot taken before that language had any.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = asSnapshot(before);
  const b = asSnapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => !(isEmpty(a[field]) && isEmpty(b[field])) && canonical(a[field]) !== canonical(b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}
