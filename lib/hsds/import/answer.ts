// What the import form learns from its action, beside the state every form has.
import type { FormState } from "../../forms/state";
import type { ImportJobView } from "./job/view";
import type { ReportPage } from "./report-page";

/** A report as the page shows it: the counts and one page of lines (report-page.ts). */
export type ShownReport = ReportPage;

/** The job the upload queued; the page follows it until it has finished. */
export type ImportAnswer = { job?: ImportJobView };

export type ImportFormState = FormState<ImportAnswer>;
