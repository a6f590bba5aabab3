// What an exchange file holds, whatever its format: one unit per record, field and language, with
// the German text, the translation, where the translation stands and the fingerprint of the German
// texts it was exported with. XLIFF and CSV are read into and written from this one shape.
import { translatedFields, type TranslatedKind, type TranslationState } from "../status";

export const exchangeKinds = Object.keys(translatedFields) as TranslatedKind[];
export const exchangeFormats = ["xliff", "csv"] as const;
export type ExchangeFormat = (typeof exchangeFormats)[number];
/** "open": what is missing or outdated; "all": every text, to review a whole language. */
export const exchangeScopes = ["open", "all"] as const;
export type ExchangeScope = (typeof exchangeScopes)[number];

export type Texts = Record<string, string | null>;

/** One record as an export writes it. */
export type ExportRecord = {
  kind: TranslatedKind;
  id: string;
  /** what a translator sees to know the record: the offer's address name, an organisation's name */
  label: string;
  state: TranslationState;
  sourceHash: string;
  german: Texts;
  target: Texts | null;
};

/** A problem, as a key of admin.exchange.reasons and its values. */
export type Reason = { key: string; params?: Record<string, string | number> };

export type FileUnit = {
  /** where the unit is in the file: a line of a CSV file, a unit id of an XLIFF file */
  ref: string;
  kind: string;
  id: string;
  field: string;
  target: string;
  /** the state the file gives the translation (XLIFF segment state, CSV status column) */
  state: string | null;
  sourceHash: string | null;
  /** the unit's language where the format names it per unit (CSV) */
  language: string | null;
  /** the target held inline markup (placeholders, formatting), which plain texts cannot keep */
  markup?: boolean;
};

export type ReadFile = {
  format: ExchangeFormat;
  /** the target language the file as a whole names (XLIFF trgLang) */
  language: string | null;
  units: FileUnit[];
  fileErrors: Reason[];
};

// XLIFF 2.0 ids are NMTOKENs: letters, digits and . - _ : only, so the parts are joined by dots.
// A record id is a UUID and never holds a dot; kinds and fields are fixed words.
export const unitId = (kind: string, id: string, field: string) => `${kind}.${id}.${field}`;
export const groupId = (kind: string, id: string) => `${kind}.${id}`;

export function parseUnitId(value: string): { kind: string; id: string; field: string } | null {
  const first = value.indexOf(".");
  const last = value.lastIndexOf(".");
  if (first <= 0 || last <= first + 1 || last === value.length - 1) return null;
  return { kind: value.slice(0, first), id: value.slice(first + 1, last), field: value.slice(last + 1) };
}

/** Our states as XLIFF 2.0 segment states (initial, translated, reviewed, final). */
export function xliffState(state: TranslationState): "initial" | "translated" | "reviewed" {
  if (state === "machine") return "translated";
  if (state === "reviewed") return "reviewed";
  // Outdated texts go out as a starting point: the German text they were made from has changed.
  return "initial";
}

/** Whether the file says a person approved the text as it stands (XLIFF reviewed/final, CSV reviewed). */
export const approves = (state: string | null) => state === "reviewed" || state === "final";

/** "fa", "fa-IR" and "FA" name the same language for us; the region does not matter here. */
export function sameLanguage(named: string, locale: string): boolean {
  return named.trim().toLowerCase().split(/[-_]/)[0] === locale;
}

export function isField(kind: string, field: string): kind is TranslatedKind {
  return (
    (exchangeKinds as string[]).includes(kind) &&
    (translatedFields[kind as TranslatedKind] as readonly string[]).includes(field)
  );
}
