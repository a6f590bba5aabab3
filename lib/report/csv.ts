// The report's figures as CSV, one value per line (section, row, column, value), so a spreadsheet
// can pivot them and nothing depends on how many districts or categories there are.
import { toCsv } from "../csv/write";
import type { ReportTable, Translate } from "./tables";

export function reportCsv(tables: readonly ReportTable[], t: Translate): string {
  const lines = tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.map((value, i) => [table.title, row.label, table.columns[i + 1] ?? "", value]),
    ),
  );
  return toCsv([[t("csv.section"), t("csv.row"), t("csv.column"), t("csv.value")], ...lines]);
}
