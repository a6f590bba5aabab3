// Field formats of the HSDS schemas. Values that would break a format (a website without a
// scheme, a malformed address) are repaired where that is unambiguous and otherwise left out: an
// absent optional field is valid HSDS, a wrong one is not.
import { format } from "date-fns";
import { localDay } from "../schedule/local-time";

/** Drops keys whose value is null or undefined, so that no optional field is sent empty. */
export function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/** A calendar day in Aachen as "YYYY-MM-DD" (schedules and validity are stored as instants). */
export function localDate(instant: Date | null | undefined): string | undefined {
  return instant ? format(localDay(instant), "yyyy-MM-dd") : undefined;
}

export function httpUrl(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// The address form the schemas' "email" format accepts (the same pattern as ajv-formats).
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function emailAddress(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text && EMAIL.test(text) ? text : undefined;
}

export function nonEmpty(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/** HSDS has one description where Wegweiser has a summary and a longer text: both, in that order. */
export function joinTexts(...parts: Array<string | null | undefined>): string {
  const texts = parts.map((part) => part?.trim()).filter((part): part is string => Boolean(part));
  return [...new Set(texts)].join("\n\n");
}

export function newest(dates: Iterable<Date | null | undefined>): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (date && (!latest || date.getTime() > latest.getTime())) latest = date;
  return latest;
}
