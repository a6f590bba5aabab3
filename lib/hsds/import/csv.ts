// Reads a CSV file of the import format (lib/hsds/csv-format.ts) into the records it describes,
// checking every cell that can be checked without the database. Problems are reported per line,
// counted the way a spreadsheet numbers its rows (the header is line 1).
import { parse } from "csv-parse/sync";
import type { CsvError } from "csv-parse";
import { unguardFormula } from "../../csv/formula";
import { locales, type Locale } from "../../i18n/locales";
import { isOrganisationType } from "../../organisations/types";
import {
  addressColumns,
  columnNames,
  parseFlag,
  parseSchedule,
  requiredColumns,
  sniffDelimiter,
  splitList,
  translatedColumns,
} from "../csv-format";
import {
  emptySet,
  type ImportSet,
  type OfferInput,
  type OfferTexts,
  type OrganisationInput,
  type Reason,
} from "./model";
import { checkOfferRules, csvColumnOf } from "./offer-rules";

type Row = Record<string, string>;
type Parsed = { record: Row; info: { lines: number }; raw: string };

const code = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The offer's own fields are judged by its rules (lib/offers/schema.ts); these are the file's.
const limits = {
  external_id: 200,
  organization_name: 200,
  street: 200,
  city: 100,
  location_name: 200,
};

export function readCsv(text: string): ImportSet {
  const delimiter = sniffDelimiter(text);
  const syntax: Array<{ line: number; reason: Reason }> = [];
  let header: string[] = [];
  let records: Parsed[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) syntax.push({ line: lineOf(error), reason: syntaxReason(error) });
      },
    }) as unknown as Parsed[];
  } catch (error) {
    // Only a broken header ends parsing early; every later problem is skipped and reported.
    return emptySet("csv", [syntaxReason(error as CsvError)]);
  }

  const fileErrors: Reason[] = [];
  if (header.length === 0) fileErrors.push({ key: "emptyFile" });
  for (const name of header)
    if (!columnNames.has(name)) fileErrors.push({ key: "unknownColumn", params: { column: name || "–" } });
  for (const name of requiredColumns)
    if (header.length && !header.includes(name)) fileErrors.push({ key: "missingColumn", params: { column: name } });
  const seenColumns = new Set<string>();
  for (const name of header) {
    if (seenColumns.has(name)) fileErrors.push({ key: "duplicateColumn", params: { column: name } });
    seenColumns.add(name);
  }
  if (fileErrors.length) return emptySet("csv", fileErrors);

  const set = emptySet("csv", []);
  const has = (column: string) => seenColumns.has(column);
  const offerLines = new Map<string, number>();
  const organisations = new Map<string, OrganisationInput & { line: number }>();

  const rows = [
    ...records
      .filter(({ record }) => Object.values(record).some((v) => v.trim() !== ""))
      .map((r) => ({ line: startLine(r), record: r.record })),
    ...syntax.map((s) => ({ line: s.line, record: null, reason: s.reason })),
  ].sort((a, b) => a.line - b.line);

  for (const row of rows) {
    const unit = set.units.length;
    const reasons: Reason[] = [];
    if (!row.record) {
      set.units.push({
        line: row.line,
        path: null,
        kind: "offer",
        externalId: "",
        reasons: [(row as { reason: Reason }).reason],
      });
      continue;
    }
    // A quote the app's formula guard put before a cell (lib/csv/formula.ts) is not part of the value.
    const cell = (column: string) => unguardFormula((row.record[column] ?? "").trim());
    const text = (column: string, max: number, required = false): string | null => {
      const value = cell(column).replace(/\r\n?/g, "\n");
      if (!value) {
        if (required) reasons.push({ key: "required", params: { column } });
        return null;
      }
      if (value.length > max) reasons.push({ key: "tooLong", params: { column, max } });
      return value;
    };

    const externalId = text("external_id", limits.external_id, true) ?? "";
    set.units.push({ line: row.line, path: null, kind: "offer", externalId, reasons });
    if (externalId) {
      const first = offerLines.get(externalId);
      if (first !== undefined) reasons.push({ key: "duplicateId", params: { externalId, firstLine: first } });
      else offerLines.set(externalId, row.line);
    }

    const organisationKey = text("organization_external_id", limits.external_id, true) ?? "";
    const organisationName = has("organization_name") ? text("organization_name", limits.organization_name) : null;
    const typeCell = cell("organization_type");
    if (typeCell && !isOrganisationType(typeCell))
      reasons.push({ key: "badOrganisationType", params: { value: typeCell } });
    const organisationType = typeCell && isOrganisationType(typeCell) ? typeCell : undefined;
    if (organisationKey) {
      const known = organisations.get(organisationKey);
      if (!known) {
        const organisation: OrganisationInput & { line: number } = {
          key: organisationKey,
          externalId: organisationKey,
          unit,
          line: row.line,
        };
        if (organisationName) organisation.name = organisationName;
        if (organisationType) organisation.type = organisationType;
        organisations.set(organisationKey, organisation);
        set.organisations.push(organisation);
      } else {
        // Every row may repeat the provider's name and type, but all must agree on them.
        if (
          (organisationName && known.name && organisationName !== known.name) ||
          (organisationType && known.type && organisationType !== known.type)
        )
          reasons.push({ key: "organisationMismatch", params: { externalId: organisationKey, firstLine: known.line } });
        if (organisationName && !known.name) known.name = organisationName;
        if (organisationType && !known.type) known.type = organisationType;
      }
    }

    const offer: OfferInput = { key: externalId, externalId, unit, organisationKey, translations: {} };
    for (const locale of locales) readTexts(locale, offer, has, text);

    if (has("status")) {
      const status = cell("status").toLowerCase() || "draft";
      if (status === "draft" || status === "published") offer.status = status;
      else reasons.push({ key: "badStatus", params: { value: cell("status") } });
    }
    if (has("free")) offer.free = flag("free", true, cell, reasons);
    if (has("registration_required")) offer.registrationRequired = flag("registration_required", false, cell, reasons);
    if (has("min_age")) offer.minAge = age("min_age", cell, reasons);
    if (has("max_age")) offer.maxAge = age("max_age", cell, reasons);
    if (has("email")) offer.email = cell("email").toLowerCase() || null;
    if (has("phone")) offer.phone = cell("phone") || null;
    if (has("website")) offer.website = cell("website") || null;
    if (has("programme")) {
      const programme = cell("programme").toLowerCase();
      if (programme && !code.test(programme)) reasons.push({ key: "unknownProgramme", params: { code: programme } });
      offer.programme = programme || null;
    }
    if (has("categories")) offer.categories = codes(cell("categories"), "unknownCategory", reasons);
    if (has("audiences")) offer.audiences = codes(cell("audiences"), "unknownAudience", reasons);
    if (has("languages")) {
      offer.languages = [...new Set(splitList(cell("languages")).map((c) => c.toLowerCase()))];
    }
    if (has("schedule")) {
      const slots = parseSchedule(cell("schedule"));
      if (slots) offer.schedules = slots;
      else reasons.push({ key: "badSchedule", params: { value: cell("schedule") } });
    }

    // The address columns describe the offer's one place; leaving them all out keeps its places as they are.
    if (addressColumns.some(has)) {
      const given = addressColumns.some((c) => cell(c) !== "");
      offer.locationKeys = [];
      if (given) {
        const street = text("street", limits.street, true);
        const postcode = cell("postcode");
        if (!postcode) reasons.push({ key: "required", params: { column: "postcode" } });
        else if (!/^\d{5}$/.test(postcode)) reasons.push({ key: "badPostcode", params: { value: postcode } });
        const latitude = coordinate(cell("latitude"), 90);
        const longitude = coordinate(cell("longitude"), 180);
        if (latitude === null || longitude === null)
          reasons.push({
            key: "badCoordinates",
            params: { latitude: cell("latitude") || "–", longitude: cell("longitude") || "–" },
          });
        const key = `${externalId}#loc`;
        offer.locationKeys = [key];
        set.locations.push({
          key,
          externalId: key,
          unit,
          organisationKey,
          name: has("location_name") ? text("location_name", limits.location_name) : undefined,
          street: street ?? "",
          postcode,
          city: text("city", limits.city) ?? "Aachen",
          latitude: latitude ?? 0,
          longitude: longitude ?? 0,
        });
      }
    }
    checkOfferRules(offer, csvColumnOf, reasons);
    set.offers.push(offer);
  }
  return set;
}

const lineOf = (error: CsvError) => (typeof error.lines === "number" ? error.lines : 1);

/** The parser's complaint in words a spreadsheet user knows: too few cells, a stray quote. */
function syntaxReason(error: CsvError): Reason {
  const columns = /columns length is (\d+), got (\d+)/.exec(error.message);
  if (columns) return { key: "syntaxColumns", params: { expected: Number(columns[1]), got: Number(columns[2]) } };
  if (String(error.code).includes("QUOTE")) return { key: "syntaxQuote", params: { line: lineOf(error) } };
  return { key: "syntax", params: { message: error.message } };
}

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may span lines. */
function startLine({ info, raw }: Parsed): number {
  const body = raw.replace(/^[\r\n]+/, "").replace(/[\r\n]+$/, "");
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

type Text = (column: string, max: number, required?: boolean) => string | null;

/** Texts of one locale: German is required; another is given whole (title and summary) or not at all. */
function readTexts(locale: Locale, offer: OfferInput, has: (c: string) => boolean, text: Text) {
  const [titleColumn, summaryColumn, descriptionColumn] = translatedColumns(locale);
  if (![titleColumn, summaryColumn, descriptionColumn].some(has)) return;
  // Lengths and what is required are the offer's rules, checked once the line is read.
  const title = text(titleColumn, Infinity);
  const summary = text(summaryColumn, Infinity);
  const description = has(descriptionColumn) ? text(descriptionColumn, Infinity) : undefined;
  if (locale !== "de" && !title && !summary && !description) {
    offer.translations[locale] = null;
    return;
  }
  const texts: OfferTexts = { title: title ?? "", summary: summary ?? "" };
  if (description !== undefined) texts.description = description;
  offer.translations[locale] = texts;
}

function flag(column: string, empty: boolean, cell: (c: string) => string, reasons: Reason[]): boolean {
  const value = cell(column);
  if (!value) return empty;
  const parsed = parseFlag(value);
  if (parsed === undefined) reasons.push({ key: "badFlag", params: { column, value } });
  return parsed ?? empty;
}

/** A whole number of years; whether it is a possible age is the offer's rule. */
function age(column: string, cell: (c: string) => string, reasons: Reason[]): number | null {
  const value = cell(column);
  if (!value) return null;
  if (!/^\d{1,6}$/.test(value)) {
    reasons.push({ key: "badAge", params: { column, value } });
    return null;
  }
  return Number(value);
}

function codes(cell: string, key: string, reasons: Reason[]): string[] {
  const list = [...new Set(splitList(cell).map((c) => c.toLowerCase()))];
  for (const c of list) if (!code.test(c)) reasons.push({ key, params: { code: c } });
  return list;
}

/** Decimal degrees, with a decimal point or comma; null if not a number within ±limit. */
function coordinate(value: string, limit: number): number | null {
  if (!/^-?\d{1,3}(?:[.,]\d+)?$/.test(value)) return null;
  const n = Number(value.replace(",", "."));
  return Math.abs(n) <= limit ? n : null;
}
