import "server-only";
// One import job, as the worker thread runs it on its own database connection. A dry run reads and
// reports; an import writes in one transaction that also marks the job done, so that a job is
// succeeded exactly when its records are written. Progress goes to the runner (the parent thread),
// which writes it to the job's row.
import type { Actor } from "../../../auth/policy";
import { db, dbKind } from "../../../db/index";
import { singleLine } from "../../../mail/single-line";
import { applyImport, planImport, type ImportHooks, type ImportPhase } from "../run";
import { finishedData, finishJob, hashOf, type JobClaim, type StoredResult } from "./queue";

export type JobChannel = {
  progress(phase: ImportPhase, done: number, total: number): void;
  /**
   * Called before the transaction takes SQLite's write lock: the runner writes the job's row one
   * last time and answers, so that it never waits on the lock (a wait there would stall its server).
   */
  exclusive(): Promise<void>;
};

async function actorOf(userId: string | null): Promise<Actor> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, organizationId: true },
  });
  return user;
}

export async function executeImportJob(claim: JobClaim, channel: JobChannel): Promise<void> {
  const job = await db.importJob.findUnique({
    where: { id: claim.id },
    select: { source: true, fileName: true, dryRun: true, createdById: true },
  });
  if (!job?.source) {
    await finishJob(claim, { error: "noSource" });
    return;
  }
  const file = { name: job.fileName, text: job.source };
  const hash = hashOf(file.text);
  const actor = await actorOf(job.createdById);
  const hooks: ImportHooks = { progress: channel.progress };
  try {
    if (job.dryRun) {
      await finishJob(claim, { stored: { outcome: await planImport(file, actor, hooks), hash } });
      return;
    }
    let committed = false;
    const outcome = await applyImport(file, actor, {
      ...hooks,
      begin: async (tx) => {
        await channel.exclusive();
        // SQLite's transactions begin deferred: one that reads first and writes later fails at its
        // first write when another connection wrote meanwhile. A write right away takes the lock
        // before the import's first read, and changes nothing.
        if (dbKind === "sqlite")
          await tx.$executeRaw`UPDATE "ImportJob" SET "phase" = "phase" WHERE "id" = ${claim.id}`;
      },
      commit: async (tx, report) => {
        const stored: StoredResult = { outcome: { ok: true, data: report }, hash };
        const { count } = await tx.importJob.updateMany({
          where: { id: claim.id, status: "running", startedAt: claim.startedAt },
          data: finishedData({ stored }),
        });
        // Another process declared this job stale: it reads as failed, so nothing may be written.
        if (count !== 1) throw new Error("the job was given up while it ran");
        committed = true;
      },
    });
    if (!committed) await finishJob(claim, { stored: { outcome, hash } });
  } catch (error) {
    const detail = singleLine(error instanceof Error ? error.message : String(error)).slice(0, 300);
    console.error(`[import] job ${claim.id} failed:`, error);
    await finishJob(claim, { error: `unexpected: ${detail}` });
  }
}
