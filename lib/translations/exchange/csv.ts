// The exchange as CSV, for agencies that work in spreadsheets: one line per record and field.
// Written through lib/csv (formula guard, BOM for Excel), read back with the guard undone.
import { parse } from "csv-parse/sync";
import { unguardFormula } from "../../csv/formula";
import { toCsv, type CsvCell } from "../../csv/write";
import { translatedFields } from "../status";
import type { ExportRecord, FileUnit, ReadFile, Reason } from "./units";

export const exchangeColumns = [
  "kind",
  "id",
  "field",
  "german",
  "translation",
  "status",
  "language",
  "source_hash",
] as const;

export const csvHeader = () => toCsv([exchangeColumns], { bom: true, crlf: true });

/** The lines of one record: a line for every field that has German text. */
export function csvLines(record: ExportRecord, locale: string): string {
  const rows: CsvCell[][] = translatedFields[record.kind]
    .filter((field) => (record.german[field] ?? "").trim() !== "")
    .map((field) => [
      record.kind,
      record.id,
      field,
      record.german[field],
      record.target?.[field] ?? "",
      record.state,
      locale,
      record.sourceHash,
    ]);
  return rows.length ? toCsv(rows, { crlf: true }) : "";
}

type Line = { record: Record<string, string>; info: { lines: number } };

export function readExchangeCsv(text: string): ReadFile {
  const refused = (reason: Reason): ReadFile => ({ format: "csv", language: null, units: [], fileErrors: [reason] });
  // Spreadsheets save with a semicolon where the comma is the decimal separator (German Excel).
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let lines: Line[];
  try {
    lines = parse(text, {
      delimiter,
      bom: true,
      columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      info: true,
    }) as Line[];
  } catch (error) {
    const detail = error as { message?: string; lines?: number };
    return refused({ key: "csvMalformed", params: { message: detail.message ?? "", line: detail.lines ?? "–" } });
  }
  const header = lines[0] ? Object.keys(lines[0].record) : [];
  const missing = exchangeColumns.filter((column) => column !== "status" && !header.includes(column));
  if (lines.length > 0 && missing.length > 0)
    return refused({ key: "csvColumns", params: { columns: missing.join(", ") } });
  const cell = (line: Line, column: string) => unguardFormula(line.record[column] ?? "");
  const units: FileUnit[] = lines.map((line) => ({
    // The header is line 1; a quoted cell may span lines, so the line a record ends on is what we know.
    ref: String(line.info.lines),
    kind: cell(line, "kind").trim(),
    id: cell(line, "id").trim(),
    field: cell(line, "field").trim(),
    target: cell(line, "translation"),
    state: cell(line, "status").trim().toLowerCase() || null,
    sourceHash: cell(line, "source_hash").trim() || null,
    language: cell(line, "language").trim() || null,
  }));
  return { format: "csv", language: null, units, fileErrors: [] };
}
