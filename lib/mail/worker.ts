import "server-only";
// Sends the outbox in the background of a server process: a pass every few seconds, and one at once
// when a request has just queued mail. Started once per process from instrumentation.ts.
import { deliverDueMail } from "./deliver";

const POLL_MS = 10_000;

type Worker = { timer: NodeJS.Timeout; running: Promise<void> | null; again: boolean };
// Kept on globalThis: Next's dev server re-evaluates modules, and one process needs one worker.
const slot = globalThis as unknown as { wegweiserMailWorker?: Worker };

export function startMailWorker(): void {
  if (slot.wegweiserMailWorker) return;
  const timer = setInterval(wakeMailWorker, POLL_MS);
  timer.unref();
  slot.wegweiserMailWorker = { timer, running: null, again: false };
  wakeMailWorker();
}

/** Runs a pass now (or right after the current one); does nothing where no worker was started. */
export function wakeMailWorker(): void {
  const worker = slot.wegweiserMailWorker;
  if (!worker) return;
  if (worker.running) {
    worker.again = true;
    return;
  }
  worker.running = (async () => {
    do {
      worker.again = false;
      try {
        await deliverDueMail();
      } catch (error) {
        console.error("[mail] the outbox could not be worked off:", error);
      }
    } while (worker.again);
    worker.running = null;
  })();
}

export function stopMailWorker(): void {
  const worker = slot.wegweiserMailWorker;
  if (!worker) return;
  clearInterval(worker.timer);
  delete slot.wegweiserMailWorker;
}
