import "server-only";
// Works off queued translation jobs in the background of a server process, one at a time, on the
// process's own thread: the work is waiting for the provider, and each chunk's write is a short
// transaction. Started once per process from instrumentation.ts and woken when a request has just
// queued a job; several processes may run it side by side (jobs are claimed, queue.ts).
import { backgroundLoop } from "../../background/loop";
import { claimTranslationJob, requeueStaleTranslationJobs } from "./queue";
import { workTranslationJob } from "./work";

const POLL_MS = 5_000;

/** Claims and works off queued jobs until none is left; returns how many it ran. */
export async function runTranslationJobs(): Promise<number> {
  let ran = 0;
  await requeueStaleTranslationJobs();
  for (let claim = await claimTranslationJob(); claim; claim = await claimTranslationJob()) {
    await workTranslationJob(claim);
    ran++;
  }
  return ran;
}

const loop = backgroundLoop("translation", POLL_MS, runTranslationJobs, "queued translations could not be worked off");

export const startTranslationRunner = loop.start;
export const wakeTranslationRunner = loop.wake;
