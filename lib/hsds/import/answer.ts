// What the import form learns from a dry run or an import, beside the state every form has.
import type { FormState } from "../../forms/state";
import type { ReportRow } from "./plan";
import type { ImportReport } from "./run";

/**
 * A report as the page shows it: every rejected line, and the others up to a limit, so that a file
 * of ten thousand good lines stays light.
 */
export type ShownReport = Omit<ImportReport, "rows"> & { rows: ReportRow[]; hiddenRows: number };

export type ImportAnswer = {
  step?: "checked" | "applied";
  report?: ShownReport;
  /** set when a dry run found something to import: "Import now" must send the same file back */
  checkedHash?: string;
};

export type ImportFormState = FormState<ImportAnswer>;
