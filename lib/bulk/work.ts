import "server-only";
// Works off one claimed bulk job: the selection in chunks, each record through its own short
// transaction, progress and the report written after every chunk. Between records the event loop
// gets its turn (better-sqlite3 is synchronous: a run over thousands of records must not hold up
// the requests of the process it runs in).
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Actor, Role } from "../auth/policy";
import { db } from "../db/index";
import { reviewCutoff } from "../review/due";
import { wakeTranslationRunner } from "../translations/jobs/runner";
import type { BulkAction, BulkList } from "./lists";
import { recordKey } from "./lists";
import { finishBulkJob, recordBulkProgress, type JobClaim } from "./queue";
import { applyToRecord, type BulkParams } from "./record";
import { countSelection, selectedChunks, type Selection } from "./selection";
import { parseReport, tally } from "./summary";

/** The job's author as the policy sees them now: a deactivated account's job changes nothing. */
async function actorOf(userId: string): Promise<NonNullable<Actor> | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      organizationId: true,
      active: true,
      translatorLanguages: { select: { locale: true } },
    },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    role: user.role as Role,
    organizationId: user.organizationId,
    languages: user.role === "translator" ? user.translatorLanguages.map((l) => l.locale) : [],
  };
}

export async function workBulkJob(claim: JobClaim): Promise<void> {
  const job = await db.bulkJob.findUniqueOrThrow({ where: { id: claim.id } });
  const actor = await actorOf(job.createdById);
  if (!actor) return finishBulkJob(claim, "forbidden");
  const selection: Selection = job.ids
    ? { keys: JSON.parse(job.ids) as string[] }
    : { filter: JSON.parse(job.filter ?? "{}") };
  // The review queue as it was when the job was asked for: what is confirmed meanwhile stays out.
  const scope = { list: job.list as BulkList, selection, actor, cutoff: reviewCutoff(job.createdAt) };
  const params = JSON.parse(job.params ?? "{}") as BulkParams;
  let { done, cursor } = job;
  let report = parseReport(job.report);
  const total = job.cursor ? job.total : done + (await countSelection(scope));
  for await (const chunk of selectedChunks(scope, cursor)) {
    for (const record of chunk) {
      const outcome = await applyToRecord(job.action as BulkAction, record, params, actor);
      report = tally(report, outcome, record.name);
      done++;
      cursor = recordKey(record.kind, record.id);
      await nextTurn();
    }
    if (!(await recordBulkProgress(claim, { done, total: Math.max(total, done), cursor, report }))) return;
  }
  if (job.action === "translate" && report.done > 0) wakeTranslationRunner();
  await recordBulkProgress(claim, { done, total: done, cursor, report });
  await finishBulkJob(claim);
}
