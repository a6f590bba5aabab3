import "server-only";
// Works off queued import jobs in the background of a server process, one at a time, each in a
// worker thread with its own database connection. Started once per process from instrumentation.ts
// and woken when a request has just queued a job; several processes may run it side by side, since
// a job is claimed by a conditional update (queue.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { backgroundLoop } from "../../../background/loop";
import { dbKind } from "../../../db/index";
import {
  claimImportJob,
  failStaleImportJobs,
  finishJob,
  IMPORT_LEASE_MS,
  recordProgress,
  type JobClaim,
} from "./queue";
import { forgetLiveProgress, setLiveProgress, type Progress } from "./live";
import { IMPORT_TIMEOUT_MS } from "../limits";
import type { FromWorker, ToWorker } from "./messages";

const POLL_MS = 5_000;
/** Progress reaches the job's row at most this often. */
const PROGRESS_MS = 500;
/**
 * On SQLite nothing can write the job's row while the import holds the write lock, not even to
 * renew the lease; the lease set before it covers the transaction's longest run (run.ts) and more.
 */
const EXCLUSIVE_LEASE_MS = IMPORT_TIMEOUT_MS + 60_000;

function spawnImportWorker(claim: JobClaim): Worker {
  const workerData = { id: claim.id, startedAt: claim.startedAt.toISOString() };
  // Next.js (Turbopack) bundles the entry and all it imports as a chunk of its own when it sees
  // exactly this form (vercel/next.js#88725, #93432).
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./worker-entry.ts", import.meta.url), { workerData });
  // Tests and scripts run the TypeScript sources: the worker compiles them with tsx, as they do.
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker-entry.ts");
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData,
    execArgv: ["--conditions=react-server"],
  });
}

export type RunOptions = { onMessage?: (message: FromWorker, worker: Worker) => void };

/** Runs one claimed job in a worker thread; resolves when the worker has ended, however it ended. */
export function runClaimedJob(claim: JobClaim, options: RunOptions = {}): Promise<void> {
  const worker = spawnImportWorker(claim);
  let latest: Progress | null = null;
  let written = 0;
  let exclusive = false;
  let writes: Promise<unknown> = Promise.resolve();
  // One write at a time, in order; a failed one is logged and the next tries again.
  const write = (progress: Progress, leaseMs: number) => {
    writes = writes
      .then(() => recordProgress(claim, progress, leaseMs))
      .catch((error) => console.warn(`[import] progress of job ${claim.id} not written:`, error));
    written = Date.now();
    return writes;
  };
  const mayWrite = () => dbKind === "postgresql" || !exclusive;

  return new Promise<void>((resolve) => {
    let failure: string | null = null;
    worker.on("message", (message: FromWorker) => {
      options.onMessage?.(message, worker);
      if (message.type === "progress") {
        latest = { phase: message.phase, done: message.done, total: message.total };
        setLiveProgress(claim.id, latest);
        if (mayWrite() && Date.now() - written >= PROGRESS_MS) void write(latest, IMPORT_LEASE_MS);
      } else if (message.type === "exclusive") {
        void write(latest ?? { phase: "checking", done: 0, total: 0 }, EXCLUSIVE_LEASE_MS).then(() => {
          exclusive = true;
          worker.postMessage({ type: "granted" } satisfies ToWorker);
        });
      }
    });
    worker.on("error", (error) => {
      failure = `unexpected: ${error.message.split("\n")[0]}`;
      console.error(`[import] the worker of job ${claim.id} failed:`, error);
    });
    worker.on("exit", async (code) => {
      forgetLiveProgress(claim.id);
      await writes;
      // A worker that ended without finishing its job (it crashed, or was stopped) leaves nothing
      // written: its transaction was never committed. The job says so.
      try {
        await finishJob(claim, { error: failure ?? (code === 0 ? "stopped" : `stopped: exit code ${code}`) });
      } catch (error) {
        console.error(`[import] job ${claim.id} could not be closed:`, error);
      }
      resolve();
    });
  });
}

/** Claims and runs queued jobs until none is left; returns how many it ran. */
export async function runImportJobs(): Promise<number> {
  let ran = 0;
  await failStaleImportJobs();
  for (let claim = await claimImportJob(); claim; claim = await claimImportJob()) {
    await runClaimedJob(claim);
    ran++;
  }
  return ran;
}

const loop = backgroundLoop("import", POLL_MS, runImportJobs, "queued imports could not be worked off");

export const startImportRunner = loop.start;
/** Looks for queued jobs now (or right after the current ones); nothing where no runner was started. */
export const wakeImportRunner = loop.wake;
