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

const row = /^schedules\.(\d+)\.(\w+)$/;

type Row = { index: number; fields: Snapshot };

/** A snapshot's weekly times as rows, in the order the form lists them. */
function rowsOf(snapshot: Snapshot): Row[] {
  const rows = new Map<number, Snapshot>();
  for (const [field, value] of Object.entries(snapshot)) {
    const match = field.match(row);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([index, fields]) => ({ index, fields }));
}

const sameValue = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || canonical(a) === canonical(b);

function differences(prefix: string, a: Snapshot, b: Snapshot): FieldChange[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => !sameValue(a[field], b[field]))
    .map((field) => ({ field: `${prefix}${field}`, before: a[field], after: b[field] }));
}

/**
 * What changed in the weekly times. A record's times are stored sorted by day and hour, so moving
 * one from Monday to Wednesday shifts the rows after it; compared row by row that would read as
 * several changed times. Rows are paired instead: equal rows first, then each remaining earlier
 * row with the later one it shares most fields with, so one changed weekday is one change. A
 * row is named by its number before the change, a new one by its number after.
 */
function scheduleChanges(before: Snapshot, after: Snapshot): FieldChange[] {
  const left = rowsOf(before);
  const right = rowsOf(after);
  const paired = new Map<Row, Row>();
  const taken = new Set<Row>();
  for (const a of left) {
    const twin = right.find((b) => !taken.has(b) && differences("", a.fields, b.fields).length === 0);
    if (twin) {
      paired.set(a, twin);
      taken.add(twin);
    }
  }
  const shared = (a: Row, b: Row) =>
    Object.keys({ ...a.fields, ...b.fields }).length - differences("", a.fields, b.fields).length;
  const candidates = left
    .filter((a) => !paired.has(a))
    .flatMap((a) => right.filter((b) => !taken.has(b)).map((b) => ({ a, b, score: shared(a, b) })))
    .sort((x, y) => y.score - x.score || x.a.index - y.a.index || x.b.index - y.b.index);
  for (const { a, b } of candidates) {
    if (paired.has(a) || taken.has(b)) continue;
    paired.set(a, b);
    taken.add(b);
  }
  const changes = left.flatMap((a) => {
    const b = paired.get(a);
    return differences(`schedules.${a.index}.`, a.fields, b?.fields ?? {});
  });
  const added = right
    .filter((b) => !taken.has(b))
    .flatMap((b) => differences(`schedules.${b.index}.`, {}, b.fields));
  return [...changes, ...added];
}

/**
 * Top-level fields whose value differs between the two snapshots. An empty field and a missing one
 * are the same to the reader: a language's unused texts are saved as empty fields, and are missing
 * from a snapshot taken before that language had any. Weekly times are compared as rows (see
 * {@link scheduleChanges}), where the first of them stands in the snapshot.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const a = asSnapshot(before);
  const b = asSnapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changes: FieldChange[] = [];
  let schedulesShown = false;
  for (const field of fields) {
    if (row.test(field)) {
      if (!schedulesShown) changes.push(...scheduleChanges(a, b));
      schedulesShown = true;
    } else if (!sameValue(a[field], b[field])) changes.push({ field, before: a[field], after: b[field] });
  }
  return changes;
}
