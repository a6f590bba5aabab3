import "server-only";
// One translation job, worked off in chunks: a bulk job walks offers, organisations and programmes
// in id order, twenty records per request to the provider and one short transaction per chunk; the
// job a save queued translates its one record into every language. Progress and the lease are
// written after every chunk, so the back office shows "n of m" and another process can tell that
// this one is alive.
import type { Actor } from "../../auth/policy";
import { db } from "../../db/index";
import { singleLine } from "../../mail/single-line";
import { env } from "../../env";
import { loadGlossary, machineTranslateChunk, type ChunkOutcome, type MachineContext } from "../machine/apply";
import { configuredTranslator } from "../machine/configured";
import { countRecords, recordIdsAfter } from "../machine/records";
import { translatedFields, type TranslatedKind, type TranslationTarget } from "../status";
import { finishTranslationJob, recordTranslationProgress, translationTargets, type JobClaim, type JobCounts, type JobReport } from "./queue";
import { parseScope } from "./scope";

/** Records per request to the provider and per transaction. */
export const CHUNK = 20;
const kinds = Object.keys(translatedFields) as TranslatedKind[];
const MAX_ERRORS = 5;

async function actorOf(userId: string | null): Promise<Actor> {
  if (!userId) return null;
  return db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, organizationId: true } });
}

export async function workTranslationJob(claim: JobClaim): Promise<void> {
  const job = await db.translationJob.findUnique({ where: { id: claim.id }, select: { locale: true, scope: true, createdById: true } });
  const scope = job ? parseScope(job.scope) : null;
  const translator = configuredTranslator();
  if (!job || !scope) return finishTranslationJob(claim, { error: "invalid" });
  if (!translator) return finishTranslationJob(claim, { error: "noProvider" });
  const context: MachineContext = {
    translator,
    glossary: await loadGlossary(),
    retranslateReviewed: env().MT_RETRANSLATE_REVIEWED,
    actor: await actorOf(job.createdById),
  };
  const report: JobReport = { written: 0, skipped: 0, failed: 0, errors: [] };
  const counts: JobCounts = { done: 0, total: 0, failed: 0 };
  const add = async (outcome: ChunkOutcome, looked: number) => {
    report.written += outcome.written;
    report.skipped += outcome.skipped;
    report.failed += outcome.failed;
    if (outcome.error && report.errors.length < MAX_ERRORS) report.errors.push(singleLine(outcome.error).slice(0, 300));
    counts.done += looked;
    counts.failed = report.failed;
    return recordTranslationProgress(claim, counts);
  };
  try {
    if ("kind" in scope) {
      counts.total = translationTargets.length;
      for (const locale of translationTargets)
        if (!(await add(await machineTranslateChunk(context, scope.kind, locale, [scope.id]), 1))) return;
    } else {
      const locale = job.locale as TranslationTarget;
      const which = scope.bulk === "missing" ? "missing" : "translated";
      for (const kind of kinds) counts.total += await countRecords(kind, locale, which);
      await recordTranslationProgress(claim, counts);
      for (const kind of kinds) {
        for (let after: string | null = null; ; ) {
          const ids = await recordIdsAfter(kind, locale, which, after, CHUNK);
          if (ids.length === 0) break;
          if (!(await add(await machineTranslateChunk(context, kind, locale, ids), ids.length))) return;
          after = ids.at(-1)!;
        }
      }
    }
    await finishTranslationJob(claim, { report }, { ...counts, total: Math.max(counts.total, counts.done) });
  } catch (error) {
    console.error(`[translation] job ${claim.id} failed:`, error);
    await finishTranslationJob(claim, { error: `unexpected: ${singleLine(error instanceof Error ? error.message : String(error)).slice(0, 300)}` }, counts);
  }
}
