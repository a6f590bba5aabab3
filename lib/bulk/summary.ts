// What a bulk run did, kept as the job's report: how many records were changed, how many already
// were as asked, and per reason which were refused. Names are kept for the first few per reason, so
// a report over thousands of records stays small.
export const NAMES_PER_REASON = 20;

export type Refusal = { reason: string; count: number; names: string[] };
export type BulkReport = { done: number; unchanged: number; refused: Refusal[] };

export const emptyReport = (): BulkReport => ({ done: 0, unchanged: 0, refused: [] });

export type Outcome = { done: true } | { unchanged: true } | { refused: string };

/** The report with one more record's outcome (a new object; the old one is left alone). */
export function tally(report: BulkReport, outcome: Outcome, name: string): BulkReport {
  if ("done" in outcome) return { ...report, done: report.done + 1 };
  if ("unchanged" in outcome) return { ...report, unchanged: report.unchanged + 1 };
  const known = report.refused.find((r) => r.reason === outcome.refused);
  const refused = known
    ? report.refused.map((r) =>
        r === known
          ? { ...r, count: r.count + 1, names: r.names.length < NAMES_PER_REASON ? [...r.names, name] : r.names }
          : r,
      )
    : [...report.refused, { reason: outcome.refused, count: 1, names: [name] }];
  return { ...report, refused };
}

export const refusedCount = (report: BulkReport) => report.refused.reduce((sum, r) => sum + r.count, 0);

export function parseReport(json: string | null): BulkReport {
  if (!json) return emptyReport();
  try {
    const parsed = JSON.parse(json) as Partial<BulkReport>;
    return { done: parsed.done ?? 0, unchanged: parsed.unchanged ?? 0, refused: parsed.refused ?? [] };
  } catch {
    return emptyReport();
  }
}

/** The reasons the report words; any other (a field's validation message) reads as "invalid". */
export const knownReasons = [
  "forbidden",
  "not_found",
  "conflict",
  "organisationNotPublished",
  "publishedOffers",
  "noProvider",
  "notApplicable",
  "unknownChoice",
] as const;

export const reasonKey = (reason: string) =>
  (knownReasons as readonly string[]).includes(reason) ? reason : "invalid";
