// Closed-loop load on loopback: each client sends its next request when the previous answer has
// been read, so the rate measured is what the server sustains, not what was offered.
export type LoadResult = {
  requests: number;
  errors: number;
  /** what the errors were: an HTTP status, "timeout" or "refused" */
  errorKinds: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
};

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function summary(latencies: number[], errorKinds: Record<string, number>, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors: Object.values(errorKinds).reduce((a, b) => a + b, 0),
    errorKinds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
    perSecond: latencies.length / seconds,
  };
}

function checkLoopback(urls: string[]) {
  for (const url of urls)
    if (!url.startsWith("http://127.0.0.1:")) throw new Error(`refusing to load a non-loopback address: ${url}`);
}

/** One request; names what went wrong (an HTTP status, "timeout", "refused"), or null. */
async function ask(url: string, timeoutMs: number): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await response.arrayBuffer();
    return response.status < 400 ? null : String(response.status);
  } catch (error) {
    return error instanceof DOMException && error.name === "TimeoutError" ? "timeout" : "refused";
  }
}

function counter() {
  const kinds: Record<string, number> = {};
  return { kinds, count: (kind: string | null) => void (kind && (kinds[kind] = (kinds[kind] ?? 0) + 1)) };
}

/** `clients` concurrent clients each send `perClient` requests, one after the other. */
export async function load(
  urls: string[],
  clients: number,
  perClient: number,
  timeoutMs = 30_000,
): Promise<LoadResult> {
  checkLoopback(urls);
  const latencies: number[] = [];
  const errors = counter();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const t0 = performance.now();
        errors.count(await ask(urls[(client + i) % urls.length]!, timeoutMs));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return summary(latencies, errors.kinds, (performance.now() - started) / 1000);
}

/**
 * `clients` concurrent clients ask in turn for `urls` until `seconds` have passed (or `until`
 * settles); requests still running then are waited for and counted. A request that takes longer
 * than `timeoutMs` counts as an error.
 */
export async function loadFor(
  urls: string[],
  {
    clients,
    seconds,
    timeoutMs = 10_000,
    until,
  }: { clients: number; seconds?: number; timeoutMs?: number; until?: Promise<unknown> },
): Promise<LoadResult> {
  checkLoopback(urls);
  const latencies: number[] = [];
  const errors = counter();
  let stop = false;
  const timer = seconds === undefined ? undefined : setTimeout(() => (stop = true), seconds * 1000);
  // Stops on the outcome either way; a failure is the caller's to report, not an unhandled rejection here.
  void until?.then(
    () => (stop = true),
    () => (stop = true),
  );
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; !stop; i++) {
        const t0 = performance.now();
        errors.count(await ask(urls[i % urls.length]!, timeoutMs));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  clearTimeout(timer);
  return summary(latencies, errors.kinds, (performance.now() - started) / 1000);
}

/** CPU time this process (the load generator) used while `work` ran, as a share of one core. */
export async function withOwnCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpuShare: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, cpuShare: (used.user + used.system) / 1000 / (performance.now() - started) };
}
