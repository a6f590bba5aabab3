// The CSV import format: one row per offer at one address. It is a flat, spreadsheet-friendly view of
// what the HSDS service, organization, location and schedule tables hold, so that partners can fill
// it in Excel or LibreOffice. The README's "Importing data" mirrors the table below; the template
// download is generated from it, so the three cannot drift apart.
import { toCsv } from "../csv/write";
import { locales, type Locale } from "../i18n/locales";
import { isValidSlot } from "../schedule/slot";

export type Column = {
  name: string;
  /** required in every row (a column the header must have) */
  required?: boolean;
  /** what a cell holds, in English for the README */
  about: string;
  /** the template's example row */
  example: string;
};

const otherLocales = locales.filter((l) => l !== "de");

/** Every column the importer knows, in the template's order. Unknown columns reject the file. */
export const csvColumns: readonly Column[] = [
  {
    name: "external_id",
    required: true,
    about: "Stable key of the offer in your system; the same key updates the same offer.",
    example: "sprachcafe-2024",
  },
  {
    name: "organization_external_id",
    required: true,
    about: "Stable key of the provider. Rows with the same key belong to the same organisation.",
    example: "verein-begegnung",
  },
  {
    name: "organization_name",
    about: "Name of the provider; required when the organisation is new.",
    example: "Begegnung e. V.",
  },
  {
    name: "organization_type",
    about:
      "Kind of provider, a code such as `migrant_organisation`, `welfare_association`, `kita` (see the list on the import page); required when the organisation is new.",
    example: "migrant_organisation",
  },
  {
    name: "title_de",
    required: true,
    about: "Title in German (up to 200 characters).",
    example: "Sprachcafé am Mittwoch",
  },
  {
    name: "summary_de",
    required: true,
    about: "One or two sentences in German (up to 500 characters).",
    example: "Deutsch sprechen üben bei Kaffee und Tee, ohne Anmeldung.",
  },
  {
    name: "description_de",
    about: "Longer German description (optional).",
    example: "Ehrenamtliche begleiten das Gespräch. Alle Sprachniveaus sind willkommen.",
  },
  ...otherLocales.flatMap((l): Column[] => [
    {
      name: `title_${l}`,
      about: `Title in ${l} (optional; needs summary_${l}).`,
      example: l === "en" ? "Language café on Wednesdays" : "",
    },
    {
      name: `summary_${l}`,
      about: `Summary in ${l} (optional; needs title_${l}).`,
      example: l === "en" ? "Practise German over coffee and tea, no registration." : "",
    },
    { name: `description_${l}`, about: `Description in ${l} (optional).`, example: "" },
  ]),
  {
    name: "categories",
    about: "Category codes separated by `|`, e.g. `language|counselling`.",
    example: "language|leisure-sport",
  },
  {
    name: "audiences",
    about: "Audience codes separated by `|`, e.g. `newcomers|women`.",
    example: "newcomers|refugees",
  },
  {
    name: "languages",
    about: "Languages the offer is held in, ISO 639-1 codes separated by `|`.",
    example: "de|ar|uk",
  },
  { name: "free", about: "Free of charge: `ja`/`nein`, `true`/`false` or `1`/`0`; empty means free.", example: "ja" },
  {
    name: "registration_required",
    about: "Registration needed: `ja`/`nein`, `true`/`false` or `1`/`0`; empty means no.",
    example: "nein",
  },
  { name: "min_age", about: "Minimum age in years (0–120).", example: "16" },
  { name: "max_age", about: "Maximum age in years (0–120), not below min_age.", example: "" },
  { name: "email", about: "Contact e-mail of the offer.", example: "sprachcafe@example.org" },
  { name: "phone", about: "Contact phone number.", example: "0241 123456" },
  {
    name: "website",
    about: "Web address starting with https:// or http://.",
    example: "https://example.org/sprachcafe",
  },
  {
    name: "programme",
    about: "Code of a state programme the offer belongs to, e.g. `griffbereit` (optional).",
    example: "",
  },
  { name: "location_name", about: "Name of the place, e.g. a community centre (optional).", example: "Stadtteilbüro" },
  {
    name: "street",
    about: "Street and number. The address columns are given together or left empty for an offer without a place.",
    example: "Markt 1",
  },
  { name: "postcode", about: "Five-digit postcode.", example: "52062" },
  { name: "city", about: "City; empty means Aachen.", example: "Aachen" },
  {
    name: "latitude",
    about: "Latitude in decimal degrees (WGS84), e.g. `50.7757`; a decimal comma is accepted.",
    example: "50.7757",
  },
  { name: "longitude", about: "Longitude in decimal degrees (WGS84), e.g. `6.0839`.", example: "6.0839" },
  {
    name: "schedule",
    about:
      "Weekly times separated by `;`: weekday, from–to, optionally `/2` or `/4` for every 2 or 4 weeks, e.g. `Mo 09:00-12:00; Mi 15:00-17:00/2`.",
    example: "Mi 15:00-17:00; Sa 10:00-12:00/2",
  },
  {
    name: "status",
    about: "`published` (visible) or `draft`; empty means draft.",
    // A template filled in and imported as it is must not put its example on the public site.
    example: "draft",
  },
];

export const columnNames: ReadonlySet<string> = new Set(csvColumns.map((c) => c.name));
export const requiredColumns = csvColumns.filter((c) => c.required).map((c) => c.name);
export const addressColumns = ["location_name", "street", "postcode", "city", "latitude", "longitude"] as const;

/** The downloadable template: the header and one example row, with a byte-order mark for Excel. */
export function csvTemplate(): string {
  return toCsv([csvColumns.map((c) => c.name), csvColumns.map((c) => c.example)], { bom: true, crlf: true });
}

/** The columns as a Markdown table, as the README shows them; the other locales' texts share one row. */
export function csvColumnsMarkdown(): string {
  const perLocale = new Set<string>(otherLocales.flatMap((l) => translatedColumns(l)));
  const rows = csvColumns.flatMap((c) => {
    // A pipe inside a cell, even in code, must be escaped in a Markdown table.
    if (!perLocale.has(c.name))
      return [`| \`${c.name}\` | ${c.required ? "yes" : ""} | ${c.about.replace(/\|/g, "\\|")} |`];
    if (c.name !== `title_${otherLocales[0]}`) return [];
    const codes = otherLocales.join(", ");
    return [
      `| \`title_xx\`, \`summary_xx\`, \`description_xx\` |  | The texts in another language, xx one of ${codes}: title and summary together or neither. |`,
    ];
  });
  return ["| column | required | content |", "| --- | --- | --- |", ...rows].join("\n");
}

export const translatedColumns = (locale: Locale) =>
  [`title_${locale}`, `summary_${locale}`, `description_${locale}`] as const;

// Excel saves "CSV" with semicolons where the decimal separator is a comma (as in Germany).
export function sniffDelimiter(text: string): "," | ";" | "\t" {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ",");
}

const truthy = new Set(["ja", "j", "yes", "y", "true", "wahr", "1", "x"]);
const falsy = new Set(["nein", "n", "no", "false", "falsch", "0"]);

/** "ja"/"nein", "true"/"false", "1"/"0"; undefined for anything else, so that the row can say so. */
export function parseFlag(cell: string): boolean | undefined {
  const value = cell.trim().toLowerCase();
  if (truthy.has(value)) return true;
  if (falsy.has(value)) return false;
  return undefined;
}

export const splitList = (cell: string) =>
  cell
    .split("|")
    .map((v) => v.trim())
    .filter(Boolean);

export type ScheduleSlot = { weekday: number; opensAt: string; closesAt: string; interval: number };

// The first two letters name a weekday unambiguously in German and English ("Mi", "We", "Mittwoch").
const weekdays: Record<string, number> = {
  mo: 1,
  di: 2,
  tu: 2,
  mi: 3,
  we: 3,
  do: 4,
  th: 4,
  fr: 5,
  sa: 6,
  so: 7,
  su: 7,
};
const weekdayCodes = ["", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"];

const slotPattern = /^([a-zäöü]{2})[a-zäöü]*\.?\s+(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})(?:\s*\/\s*(\d+))?$/i;

/** "Mo 09:00-12:00; Mi 15:00-17:00/2" → slots; null if any part cannot be read. */
export function parseSchedule(cell: string): ScheduleSlot[] | null {
  const parts = cell
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  const slots: ScheduleSlot[] = [];
  for (const part of parts) {
    const match = slotPattern.exec(part);
    if (!match) return null;
    const [, day, h1, m1, h2, m2, every] = match;
    const weekday = weekdays[day!.toLowerCase()];
    const opensAt = clock(h1!, m1!);
    const closesAt = clock(h2!, m2!);
    const slot = { weekday, opensAt, closesAt, interval: every === undefined ? 1 : Number(every) };
    // Read here, judged as the offer form judges a weekly time.
    if (!isValidSlot(slot)) return null;
    slots.push(slot as ScheduleSlot);
  }
  return slots;
}

function clock(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The inverse of parseSchedule, for exports and messages. */
export function formatSchedule(slots: readonly ScheduleSlot[]): string {
  return slots
    .map((s) => `${weekdayCodes[s.weekday]} ${s.opensAt}-${s.closesAt}${s.interval > 1 ? `/${s.interval}` : ""}`)
    .join("; ");
}
