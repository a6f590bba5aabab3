// Back-office forms speak in flat field names ("name", "translations.ar.title", "schedules.0.opensAt").
// The same flat map fills a form, refills it after a refused save, and describes a record's current
// state when a save conflicts, so that all three line up field by field.
export type FormValues = Record<string, string | string[]>;

/** Every submitted field; a name given several times (a checkbox group) becomes a list. */
export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string" || key in Object.prototype) continue;
    const previous = out[key];
    out[key] = previous === undefined ? value : [previous, value].flat();
  }
  return out;
}

// Names a form never has, which would reach the objects every other object is built from (one field
// "__proto__.x" changed every object of the server until it restarted) or shadow their methods.
const forbidden = (part: string) => part === "prototype" || part in Object.prototype;
// No form has this many rows; a field "schedules.20000000.note" made an array that long, and
// checking it took seconds.
const MAX_INDEX = 9_999;
const isIndex = (part: string) => /^\d+$/.test(part);
const acceptable = (parts: readonly string[]) =>
  parts.every((part) => part !== "" && !forbidden(part) && (!isIndex(part) || Number(part) <= MAX_INDEX));

/** Flat names to a nested object: numeric segments make arrays, others objects. Odd names are left out. */
export function nestValues(values: FormValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split(".");
    if (!acceptable(parts)) continue;
    let node: Record<string, unknown> = root;
    for (let index = 0; index < parts.length - 1; index++) {
      const part = parts[index]!;
      if (!Object.hasOwn(node, part) || typeof node[part] !== "object" || node[part] === null)
        node[part] = isIndex(parts[index + 1]!) ? [] : {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return root;
}

/** A nested object (a record shaped like the form) to flat names; null and undefined become "". */
export function flattenValues(value: Record<string, unknown>, prefix = ""): FormValues {
  const out: FormValues = {};
  for (const [key, item] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(item) && item.every((v) => typeof v !== "object" || v === null)) out[name] = item.map(String);
    else if (Array.isArray(item))
      item.forEach((row, i) => Object.assign(out, flattenValues(row as Record<string, unknown>, `${name}.${i}`)));
    else if (item instanceof Date) out[name] = item.toISOString().slice(0, 10);
    else if (item && typeof item === "object") Object.assign(out, flattenValues(item as Record<string, unknown>, name));
    else out[name] = item === null || item === undefined ? "" : String(item);
  }
  return out;
}
