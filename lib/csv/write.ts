// The one CSV writer: every CSV file the app hands out (the HSDS tables, the network, the import
// template) is written here, so that none can skip the formula guard. ESLint keeps csv-stringify
// out of every other module.
import { stringify } from "csv-stringify/sync";
import { guardFormula } from "./formula";

export type CsvCell = string | number | boolean | null | undefined;

type Options = {
  /** a byte-order mark, so that spreadsheet programs read UTF-8 (umlauts) as such */
  bom?: boolean;
  /** CRLF line ends, as Excel writes them */
  crlf?: boolean;
};

/** Rows of cells as CSV text; the first row is usually the header. Empty for null and undefined. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  { bom = false, crlf = false }: Options = {},
): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : String(cell))));
  const text = stringify(cells, {
    ...(crlf ? { record_delimiter: "\r\n" as const } : {}),
    cast: { string: (value) => guardFormula(value) },
  });
  return bom ? `\uFEFF${text}` : text;
}
