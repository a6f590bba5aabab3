// An offer read from a file is judged by the rules the offer form keeps (lib/offers/schema.ts); each
// problem becomes a reason in the file's own words, with its column and the value it found.
import { offerProblems, offerTextLimits } from "../../offers/schema";
import type { OfferInput, Reason } from "./model";

/** The file's name for a field of the offer, e.g. "title_en" for translations.en.title. */
export type ColumnOf = (path: readonly PropertyKey[]) => string;

export const csvColumnOf: ColumnOf = (path) => {
  const [first, locale, text] = path.map(String);
  if (first === "translations") return `${text}_${locale}`;
  const names: Record<string, string> = { minAge: "min_age", maxAge: "max_age", schedules: "schedule" };
  return names[first!] ?? first!;
};

export const hsdsColumnOf: ColumnOf = (path) => {
  const [first, , text] = path.map(String);
  const texts: Record<string, string> = {
    title: "name",
    summary: "description",
    description: "description",
    eligibility: "eligibility_description",
    howToJoin: "application_process",
    costNote: "fees_description",
  };
  if (first === "translations") return texts[text!] ?? text!;
  const names: Record<string, string> = {
    minAge: "minimum_age",
    maxAge: "maximum_age",
    phone: "phones",
    website: "url",
  };
  return names[first!] ?? first!;
};

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );

/** Adds a reason for each rule the offer breaks, once per field. */
export function checkOfferRules(offer: OfferInput, columnOf: ColumnOf, reasons: Reason[]) {
  const seen = new Set<string>();
  const add = (reason: Reason) => {
    const key = JSON.stringify(reason);
    if (!seen.has(key)) reasons.push(reason);
    seen.add(key);
  };
  for (const { path, message } of offerProblems(offer)) {
    const column = columnOf(path);
    const value = String(at(offer, path) ?? "");
    const [first, locale, text] = path.map(String);
    if (first === "translations" && message === "required")
      add(
        locale === "de"
          ? { key: "required", params: { column } }
          : { key: "translationIncomplete", params: { locale: locale! } },
      );
    else if (message === "tooLong")
      add({ key: "tooLong", params: { column, max: offerTextLimits[text as keyof typeof offerTextLimits] ?? 0 } });
    else if (message === "range") add({ key: "badAge", params: { column, value } });
    else if (message === "maxBelowMin") add({ key: "ageOrder" });
    else if (message === "email") add({ key: "badEmail", params: { value } });
    else if (message === "phone") add({ key: "badPhone", params: { value } });
    else if (message === "url") add({ key: "badWebsite", params: { value } });
    else if (message === "language") add({ key: "badLanguage", params: { code: value || "–" } });
    else if (first === "status") add({ key: "badStatus", params: { value } });
    else if (first === "schedules") add({ key: "badSchedule", params: { value } });
    else add({ key: "badValue", params: { column } });
  }
}
