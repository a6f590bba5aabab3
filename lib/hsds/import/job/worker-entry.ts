// The import worker thread: runs one claimed job on a database connection of its own (lib/db makes
// one per thread), so that the server's event loop goes on serving while the import reads and
// writes. Talks to the runner (runner.ts) through messages only.
import { parentPort, workerData } from "node:worker_threads";
import { db } from "../../../db/index";
import { executeImportJob } from "./execute";
import type { FromWorker, ToWorker } from "./messages";

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
