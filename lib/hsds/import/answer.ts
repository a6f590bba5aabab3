// What the import form learns from a dry run or an import, beside the state every form has.
import type { FormState } from "../../forms/state";
import type { ReportPage } from "./report-page";

/** A report as the page shows it: the counts and one page of lines (report-page.ts). */
export type ShownReport = ReportPage;

export type ImportAnswer = {
  step?: "checked" | "applied";
  report?: ShownReport;
  /** set when a dry run found something to import: "Import now" must send the same file back */
  checkedHash?: string;
};

export type ImportFormState = FormState<ImportAnswer>;
