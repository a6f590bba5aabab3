import "server-only";
// Background work of a server process: a pass every `pollMs`, and one at once when a request has
// just queued something. A wake during a pass runs one more pass right after it, never two at once.
// The state is kept on globalThis: Next's dev server re-evaluates modules, instrumentation.ts is
// bundled apart from the routes, and one process needs one loop of each kind.
type Loop = { running: Promise<void> | null; again: boolean };
const slot = globalThis as unknown as { wegweiserLoops?: Map<string, Loop> };

export type BackgroundLoop = {
  /** Starts the loop in this process (once; later calls do nothing). */
  start: () => void;
  /** Runs a pass now (or right after the current one); does nothing where the loop was not started. */
  wake: () => void;
};

export function backgroundLoop(
  name: string,
  pollMs: number,
  pass: () => Promise<unknown>,
  failure: string,
): BackgroundLoop {
  const loops = (slot.wegweiserLoops ??= new Map());
  const wake = () => {
    const loop = loops.get(name);
    if (!loop) return;
    if (loop.running) {
      loop.again = true;
      return;
    }
    loop.running = (async () => {
      do {
        loop.again = false;
        try {
          await pass();
        } catch (error) {
          console.error(`[${name}] ${failure}:`, error);
        }
      } while (loop.again);
      loop.running = null;
    })();
  };
  const start = () => {
    if (loops.has(name)) return;
    loops.set(name, { running: null, again: false });
    setInterval(wake, pollMs).unref();
    wake();
  };
  return { start, wake };
}
