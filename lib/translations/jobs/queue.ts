import "server-only";
// Translation jobs as rows, claimed like import jobs: a runner in any process turns a queued row
// running with a conditional update (only one runner wins) and holds it with a lease it renews
// after every chunk. The work is safe to repeat (what was written is skipped the next time), so a
// job whose process stopped goes back to the queue instead of failing.
import { can, type Actor } from "../../auth/policy";
import { claimOldest, heldBy, releaseExpired, type JobClaim } from "../../background/lease";
import { db } from "../../db/index";
import { locales } from "../../i18n/locales";
import type { TranslatedKind, TranslationTarget } from "../status";
import { configuredTranslator } from "../machine/configured";
import { ALL_LANGUAGES, recordScope } from "./scope";

export const TRANSLATION_LEASE_MS = 60_000;

export type { JobClaim };

export const translationTargets = locales.filter((l): l is TranslationTarget => l !== "de");

export type Enqueued =
  { ok: true; id: string } | { ok: false; formError: "forbidden" | "noProvider" | "invalid" | "busy" };

/** "Translate all missing (or outdated) texts into this language": a job for the runner. */
export async function enqueueBulkTranslation(locale: string, scope: string, actor: Actor): Promise<Enqueued> {
  if (!can(actor, "translation.machine")) return { ok: false, formError: "forbidden" };
  if (!configuredTranslator()) return { ok: false, formError: "noProvider" };
  if (!(translationTargets as readonly string[]).includes(locale) || (scope !== "missing" && scope !== "outdated"))
    return { ok: false, formError: "invalid" };
  // One bulk job per language and scope at a time: a second click must not send every text twice.
  const active = await db.translationJob.findFirst({
    where: { locale, scope, status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  if (active) return { ok: true, id: active.id };
  const job = await db.translationJob.create({ data: { locale, scope, createdById: actor!.id }, select: { id: true } });
  return { ok: true, id: job.id };
}

/**
 * After German text of a record was saved: a job that machine-translates its missing and outdated
 * languages. Nothing without a provider; nothing new while the same record's job still waits.
 */
export async function enqueueRecordTranslation(kind: TranslatedKind, id: string, actor: Actor): Promise<boolean> {
  if (!actor || !configuredTranslator()) return false;
  const scope = recordScope(kind, id);
  const waiting = await db.translationJob.findFirst({ where: { scope, status: "queued" }, select: { id: true } });
  if (!waiting) await db.translationJob.create({ data: { locale: ALL_LANGUAGES, scope, createdById: actor.id } });
  return true;
}

export function claimTranslationJob(leaseMs = TRANSLATION_LEASE_MS): Promise<JobClaim | null> {
  return claimOldest(db.translationJob, leaseMs);
}

/** Running jobs whose lease ran out go back to the queue; returns how many. */
export function requeueStaleTranslationJobs(now = new Date()): Promise<number> {
  return releaseExpired(db.translationJob, { status: "queued", lockedUntil: null }, now);
}

export type JobCounts = { done: number; total: number; failed: number };

/** Writes progress and renews the lease; false when the claim was lost (the job is no longer ours). */
export async function recordTranslationProgress(claim: JobClaim, counts: JobCounts): Promise<boolean> {
  const { count } = await db.translationJob.updateMany({
    where: heldBy(claim),
    data: { ...counts, lockedUntil: new Date(Date.now() + TRANSLATION_LEASE_MS) },
  });
  return count === 1;
}

export type JobReport = { written: number; skipped: number; failed: number; errors: string[] };

export async function finishTranslationJob(
  claim: JobClaim,
  result: { report: JobReport } | { error: string },
  counts?: JobCounts,
) {
  await db.translationJob.updateMany({
    where: heldBy(claim),
    data: {
      ...counts,
      ...("report" in result
        ? { status: "succeeded" as const, report: JSON.stringify(result.report) }
        : { status: "failed" as const, error: result.error }),
      finishedAt: new Date(),
      lockedUntil: null,
    },
  });
}
