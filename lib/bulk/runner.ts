import "server-only";
// Works off queued bulk jobs in the background of a server process, one at a time. Started once per
// process from instrumentation.ts and woken when a request has just queued a job; several
// processes may run it side by side (jobs are claimed, queue.ts).
import { backgroundLoop } from "../background/loop";
import { claimBulkJob, finishBulkJob, requeueStaleBulkJobs } from "./queue";
import { workBulkJob } from "./work";

const POLL_MS = 5_000;

/** Claims and works off queued jobs until none is left; returns how many it ran. */
export async function runBulkJobs(): Promise<number> {
  let ran = 0;
  await requeueStaleBulkJobs();
  for (let claim = await claimBulkJob(); claim; claim = await claimBulkJob()) {
    try {
      await workBulkJob(claim);
    } catch (error) {
      console.error(`[bulk] job ${claim.id} failed:`, error);
      await finishBulkJob(claim, "failed");
    }
    ran++;
  }
  return ran;
}

const loop = backgroundLoop("bulk", POLL_MS, runBulkJobs, "queued bulk actions could not be worked off");

export const startBulkRunner = loop.start;
export const wakeBulkRunner = loop.wake;
