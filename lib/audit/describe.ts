// The one formatter of the audit trail: what an entry changed, in words a coordinator reads. Both
// the audit page and a record's history use it, so that "schedules.0.weekday 2 → 3" reads as
// "Termin 1: Wochentag Dienstag → Mittwoch" in both.
import { languageName } from "../i18n/language-names";
import { isLocale, localeNames } from "../i18n/locales";
import type { FieldChange } from "./diff";
import { fieldName, type ValueKind } from "./fields";

/** What the formatter needs from the page: messages in the back-office language and record names. */
export type Words = {
  /** a message by its full key ("admin.offers.provider") */
  t: (key: string, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
  /** the back-office language, "de" or "en" */
  locale: string;
  /** names of the records that snapshots refer to by id */
  names: ReadonlyMap<string, string>;
};

export type ShownChange = { field: string; label: string; before: string; after: string };

const NOTHING = "–";
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** What an entry did, in words ("translation.machine" is looked up without its dot: messages nest by dots). */
export function actionLabel(action: string, words: Words): string {
  const key = `admin.audit.actions.${action.replaceAll(".", "_")}`;
  return words.has(key) ? words.t(key) : action;
}

/** The kind of record an entry is about ("Antwortvorlage" for ReplyTemplate), else its model's name. */
export function recordKindLabel(entityType: string, words: Words): string {
  return message(words, `admin.audit.types.${entityType}`, entityType);
}

/** The field's label as its form shows it: "Titel (العربية)", "Termin 1: Wochentag". */
export function fieldLabel(entityType: string, field: string, words: Words): string {
  const name = fieldName(entityType, field);
  let label = name.label && words.has(name.label) ? words.t(name.label) : field;
  if (name.locale) label = `${label} (${isLocale(name.locale) ? localeNames[name.locale] : name.locale})`;
  if (name.row !== undefined) label = `${words.t("admin.form.schedule.row", { n: name.row })}: ${label}`;
  return label;
}

function message(words: Words, key: string, fallback: string): string {
  return words.has(key) ? words.t(key) : fallback;
}

function shownText(value: string, words: Words): string {
  // A record named by id in a field no form shows (an inquiry's assignee) still reads as its name.
  const named = words.names.get(value);
  if (named) return named;
  if (isoMoment.test(value))
    return new Intl.DateTimeFormat(words.locale, { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(
      new Date(value),
    );
  if (isoDay.test(value))
    return new Intl.DateTimeFormat(words.locale, { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${value}T00:00:00Z`),
    );
  return value;
}

function shownOne(kind: ValueKind, value: string, words: Words): string {
  switch (kind) {
    case "id":
    case "ids":
      return words.names.get(value) ?? words.t("admin.history.gone");
    case "status":
      return message(words, `admin.form.statuses.${value}`, value);
    case "mergedField":
      return message(words, `admin.duplicates.merge.field.${value}`, value);
    case "inquiryStatus":
      return message(words, `admin.inquiries.statuses.${value}`, value);
    case "flag":
      return value === "true" ? words.t("admin.history.yes") : value === "false" ? words.t("admin.history.no") : value;
    case "weekday": {
      const day = Number(value);
      // 2024-01-01 was a Monday: day 1 is Monday, as in the schedule editor.
      return Number.isInteger(day) && day >= 1 && day <= 7
        ? new Intl.DateTimeFormat(words.locale, { weekday: "long", timeZone: "UTC" }).format(
            new Date(Date.UTC(2024, 0, day)),
          )
        : value;
    }
    case "interval":
      return value === "1"
        ? words.t("admin.form.schedule.weekly")
        : value === "2"
          ? words.t("admin.form.schedule.fortnightly")
          : value === "4"
            ? words.t("admin.form.schedule.everyFourWeeks")
            : value;
    case "languages":
      return languageName(value, words.locale);
    case "organisationType":
    case "organisationTypes":
      return message(words, `organisationTypes.${value}`, value);
    case "relationshipType":
      return message(words, `admin.relationships.types.${value}`, value);
    case "participationRole":
      return message(words, `participationRoles.${value}`, value);
    case "wheelchair":
      return message(words, `admin.locations.${value === "yes" ? "yes" : value === "no" ? "no" : "unknown"}`, value);
    case "camera":
      return words.t("admin.history.cameraSaved");
    case "text":
      return shownText(value, words);
  }
}

/** One stored value as the history shows it: lists joined, nothing as "–", ids as names. */
export function shownFieldValue(entityType: string, field: string, value: unknown, words: Words): string {
  const { kind } = fieldName(entityType, field);
  if (value === null || value === undefined || value === "")
    return kind === "wheelchair" ? shownOne(kind, "", words) : NOTHING;
  if (kind === "camera") return shownOne(kind, "", words);
  const items = Array.isArray(value) ? value : [value];
  if (!items.length) return NOTHING;
  return items
    .map((item) =>
      typeof item === "string"
        ? shownOne(kind, item, words)
        : typeof item === "number" || typeof item === "boolean"
          ? shownOne(kind, String(item), words)
          : JSON.stringify(item),
    )
    .join(", ");
}

/** An entry's changes as label, before and after, in the order of the record's snapshot. */
export function describeChanges(entityType: string, changes: readonly FieldChange[], words: Words): ShownChange[] {
  return changes.map(({ field, before, after }) => ({
    field,
    label: fieldLabel(entityType, field, words),
    before: shownFieldValue(entityType, field, before, words),
    after: shownFieldValue(entityType, field, after, words),
  }));
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that changes refer to, for one look-up of their names per page of entries. */
export function referencedIds(changes: readonly FieldChange[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === "string" && uuid.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const change of changes) {
    visit(change.before);
    visit(change.after);
  }
  return [...ids];
}
