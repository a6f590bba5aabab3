// The part of an import report the page shows: the counts of the whole file and one page of lines,
// all lines or only the rejected ones. A dry run of a large bad file reports tens of thousands of
// lines with their reasons; the job keeps the whole report and the browser gets one page at a time.
import type { ImportReport, Reason, ReportRow } from "./run";

export const REPORT_PAGE_SIZE = 50;
export const reportFilters = ["all", "reject"] as const;
export type ReportFilter = (typeof reportFilters)[number];

export type ReportPage = Omit<ImportReport, "rows"> & {
  rows: ReportRow[];
  filter: ReportFilter;
  /** 1-based */
  page: number;
  pageCount: number;
  /** lines that match the filter, on all pages */
  matching: number;
};

// A reason quotes the cell it is about; a cell may hold a whole page of text.
const PARAM_MAX = 120;
const clip = (reason: Reason): Reason =>
  reason.params
    ? {
        ...reason,
        params: Object.fromEntries(
          Object.entries(reason.params).map(([k, v]) => [
            k,
            typeof v === "string" && v.length > PARAM_MAX ? `${v.slice(0, PARAM_MAX - 1)}…` : v,
          ]),
        ),
      }
    : reason;

/** Reads the page's query from a form: a page number and a filter, with the rejected lines first when there are any. */
export function reportQuery(page: unknown, filter: unknown): { page: number; filter?: ReportFilter } {
  const n = typeof page === "string" && /^\d{1,6}$/.test(page) ? Number(page) : 1;
  return {
    page: Math.max(1, n),
    ...((reportFilters as readonly unknown[]).includes(filter) ? { filter: filter as ReportFilter } : {}),
  };
}

export function pageOfReport(report: ImportReport, query: { page?: number; filter?: ReportFilter } = {}): ReportPage {
  const filter = query.filter ?? (report.counts.reject > 0 ? "reject" : "all");
  const lines = filter === "reject" ? report.rows.filter((row) => row.action === "reject") : report.rows;
  const pageCount = Math.max(1, Math.ceil(lines.length / REPORT_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const rows = lines
    .slice((page - 1) * REPORT_PAGE_SIZE, page * REPORT_PAGE_SIZE)
    .map((row) => ({ ...row, reasons: row.reasons.map(clip) }));
  return {
    ...report,
    // An unknown column per cell of a broken header: the first ones say enough.
    fileErrors: report.fileErrors.slice(0, REPORT_PAGE_SIZE).map(clip),
    rows,
    filter,
    page,
    pageCount,
    matching: lines.length,
  };
}
