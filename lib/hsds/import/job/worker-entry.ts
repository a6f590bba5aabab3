// The import worker thread: runs one claimed job on a database connection of its own (lib/db makes
// one per thread), so that the server's event loop goes on serving while the import reads and
// writes. Talks to the runner (runner.ts) through messages only.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { db } from "../../../db/index";
import { executeImportJob } from "./execute";
import type { FromWorker, ToWorker } from "./messages";

// On Linux the nice value belongs to each thread, and a priority set for "this process" (0) sets
// the calling thread's: the import then takes the CPU only when the server's thread does not need
// it. Elsewhere the call would lower the whole server, so it is made on Linux only.
if (process.platform === "linux") {
  try {
    os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here (a container may forbid it): the import runs at the server's priority.
  }
}

const port = parentPort!;
const { id, startedAt } = workerData as { id: string; startedAt: string };
const send = (message: FromWorker) => port.postMessage(message);

let granted: (() => void) | null = null;
port.on("message", (message: ToWorker) => {
  if (message.type === "granted") granted?.();
});

// No top-level await: tests and scripts load this file through a CommonJS require (runner.ts).
async function main() {
  await executeImportJob(
    { id, startedAt: new Date(startedAt) },
    {
      progress: (phase, done, total) => send({ type: "progress", phase, done, total }),
      exclusive: () =>
        new Promise<void>((resolve) => {
          granted = resolve;
          send({ type: "exclusive" });
        }),
    },
  );
  send({ type: "done" });
}

void main().finally(async () => {
  await db.$disconnect();
  port.close();
});
