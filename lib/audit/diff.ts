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

/** Top-level fields whose value differs between the two snapshots; a missing field counts as null. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = asSnapshot(before);
  const b = asSnapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => canonical(a[field]) !== canonical(b[field]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}

/** One value as a reader sees it in the history: text as is, nothing as "–", the rest as JSON. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ") || "–";
  return JSON.stringify(value);
}
