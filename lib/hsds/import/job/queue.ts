import "server-only";
// Import jobs as rows: the request that uploads a file stores a job and returns; a runner in any
// process claims it with a conditional update (only a queued row turns running, once) and works it
// off in a worker thread. A job whose lease ran out belonged to a process that stopped: it is marked
// failed, and since the import writes in one transaction, nothing of it was written.
import { createHash } from "node:crypto";
import type { Actor } from "../../../auth/policy";
import { claimOldest, heldBy, releaseExpired, type JobClaim } from "../../../background/lease";
import type { Db } from "../../../db/client";
import { db } from "../../../db/index";
import { pageOfReport, type ReportFilter } from "../report-page";
import { checkImport, type ImportFile, type ImportOutcome, type ImportPhase } from "../run";
import { liveProgress, type Progress } from "./live";
import type { ImportJobStatus, ImportJobView } from "./view";

/** How long a claim holds without being renewed; the runner renews it while the worker reports. */
export const IMPORT_LEASE_MS = 60_000;

export type { JobClaim };

/** What a finished job keeps: the outcome as the synchronous import answered it. */
export type StoredResult = { outcome: ImportOutcome; hash: string };

export const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export type Enqueued = { ok: true; id: string } | { ok: false; formError: string };

/** Stores the file as a queued job, after the same checks the import makes (permission, size). */
export async function enqueueImport(file: ImportFile, actor: Actor, dryRun: boolean): Promise<Enqueued> {
  const checked = checkImport(file, actor);
  if ("ok" in checked) return { ok: false, formError: checked.ok ? "invalid" : checked.formError };
  const format = /^\s*[{[]/.test(checked.text) ? "hsds" : "csv";
  const job = await db.importJob.create({
    data: { format, fileName: checked.name, source: checked.text, dryRun, createdById: actor?.id ?? null },
    select: { id: true },
  });
  return { ok: true, id: job.id };
}

/** Takes the oldest queued job for this runner, or null; two runners never take the same one. */
export function claimImportJob(client: Db = db, leaseMs = IMPORT_LEASE_MS): Promise<JobClaim | null> {
  return claimOldest(client.importJob, leaseMs, { phase: "reading" });
}

/** Jobs whose runner stopped answering (the process died or hung) are failed; returns how many. */
export function failStaleImportJobs(client: Db = db, now = new Date()): Promise<number> {
  return releaseExpired(
    client.importJob,
    { status: "failed", error: "stale", finishedAt: now, lockedUntil: null, source: null },
    now,
  );
}

/** Writes progress and renews the lease, as long as the claim is still this runner's. */
export async function recordProgress(claim: JobClaim, progress: Progress, leaseMs: number, client: Db = db) {
  await client.importJob.updateMany({
    where: heldBy(claim),
    data: { ...progress, lockedUntil: new Date(Date.now() + leaseMs) },
  });
}

/** The end of a job, written only while the claim holds: a job failed as stale stays failed. */
export function finishedData(result: { stored: StoredResult } | { error: string }) {
  const now = new Date();
  return {
    ...("stored" in result
      ? { status: "succeeded" as const, report: JSON.stringify(result.stored) }
      : { status: "failed" as const, error: result.error }),
    finishedAt: now,
    lockedUntil: null,
    source: null,
    phase: null,
  };
}

export async function finishJob(
  claim: JobClaim,
  result: { stored: StoredResult } | { error: string },
  client: Pick<Db, "importJob"> = db,
): Promise<boolean> {
  const { count } = await client.importJob.updateMany({ where: heldBy(claim), data: finishedData(result) });
  return count === 1;
}

type Query = { page?: number; filter?: ReportFilter };

const jobSelect = {
  id: true,
  fileName: true,
  dryRun: true,
  status: true,
  phase: true,
  done: true,
  total: true,
  report: true,
  error: true,
} as const;

type JobRow = {
  id: string;
  fileName: string;
  dryRun: boolean;
  status: ImportJobStatus;
  phase: string | null;
  done: number;
  total: number;
  report: string | null;
  error: string | null;
};

function viewOf(job: JobRow, query: Query): ImportJobView {
  const live = job.status === "running" ? liveProgress(job.id) : undefined;
  const view: ImportJobView = {
    id: job.id,
    fileName: job.fileName,
    dryRun: job.dryRun,
    status: job.status,
    phase: (live?.phase ?? job.phase) as ImportPhase | null,
    done: live?.done ?? job.done,
    total: live?.total ?? job.total,
    ...(job.error ? { error: job.error } : {}),
  };
  if (job.status !== "succeeded" || !job.report) return view;
  const { outcome, hash } = JSON.parse(job.report) as StoredResult;
  if (!outcome.ok)
    return {
      ...view,
      message: outcome.formError,
      ...(outcome.report ? { report: pageOfReport(outcome.report, query) } : {}),
    };
  const { counts, fileErrors } = outcome.data;
  const ready = job.dryRun && counts.reject === 0 && fileErrors.length === 0 && counts.create + counts.update > 0;
  return {
    ...view,
    report: pageOfReport(outcome.data, job.dryRun ? query : { page: query.page }),
    ...(ready ? { checkedHash: hash } : {}),
  };
}

/** One of the actor's jobs, with one page of its report once it has finished. */
export async function importJobView(id: string, actor: Actor, query: Query = {}): Promise<ImportJobView | null> {
  if (!actor) return null;
  const job = await db.importJob.findFirst({ where: { id, createdById: actor.id }, select: jobSelect });
  return job ? viewOf(job, query) : null;
}

/** The actor's newest job: what the page shows when they come back to it. */
export async function latestImportJobView(actor: Actor): Promise<ImportJobView | null> {
  if (!actor) return null;
  const job = await db.importJob.findFirst({
    where: { createdById: actor.id },
    orderBy: { createdAt: "desc" },
    select: jobSelect,
  });
  return job ? viewOf(job, {}) : null;
}
