import "server-only";
// Reading translation jobs for the back office: one by id (the progress bar polls it) and the
// newest bulk job per language (what the page shows when a coordinator comes back).
import { db } from "../../db/index";
import type { JobReport } from "./queue";
import { bulkScopes } from "./scope";
import type { TranslationJobView } from "./view";

const select = { id: true, locale: true, scope: true, status: true, done: true, total: true, failed: true, report: true, error: true } as const;
type Row = { id: string; locale: string; scope: string; status: TranslationJobView["status"]; done: number; total: number; failed: number; report: string | null; error: string | null };

function viewOf(row: Row): TranslationJobView {
  const report = row.report ? (JSON.parse(row.report) as JobReport) : null;
  return {
    id: row.id,
    locale: row.locale,
    scope: row.scope,
    status: row.status,
    done: row.done,
    total: row.total,
    failed: row.failed,
    ...(report ? { written: report.written, errors: report.errors } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

export async function translationJobView(id: string): Promise<TranslationJobView | null> {
  const row = await db.translationJob.findUnique({ where: { id }, select });
  return row ? viewOf(row) : null;
}

/** The newest bulk job of each language and scope, keyed "fa:missing". */
export async function latestBulkJobs(): Promise<Map<string, TranslationJobView>> {
  const rows = await db.translationJob.findMany({
    where: { scope: { in: [...bulkScopes] } },
    orderBy: { createdAt: "desc" },
    take: 60,
    select,
  });
  const latest = new Map<string, TranslationJobView>();
  for (const row of rows) if (!latest.has(`${row.locale}:${row.scope}`)) latest.set(`${row.locale}:${row.scope}`, viewOf(row));
  return latest;
}
