// Back-office forms speak in flat field names ("name", "translations.ar.title", "schedules.0.opensAt").
// The same flat map fills a form, refills it after a refused save, and describes a record's current
// state when a save conflicts, so that all three line up field by field.
export type FormValues = Record<string, string | string[]>;

/** Every submitted field; a name given several times (a checkbox group) becomes a list. */
export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const previous = out[key];
    out[key] = previous === undefined ? value : [previous, value].flat();
  }
  return out;
}

/** Flat names to a nested object: numeric segments make arrays, others objects. */
export function nestValues(values: FormValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split(".");
    let node: Record<string, unknown> = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[index + 1]!);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
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
