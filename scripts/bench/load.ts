// A bounded closed-loop load: `clients` concurrent clients each send `perClient` requests, one
// after the other, to loopback only. Returns latency percentiles in milliseconds.
export type LoadResult = { requests: number; errors: number; p50: number; p95: number; max: number; perSecond: number };

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function load(urls: string[], clients: number, perClient: number): Promise<LoadResult> {
  for (const url of urls) if (!url.startsWith("http://127.0.0.1:")) throw new Error(`refusing to load a non-loopback address: ${url}`);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const url = urls[(client + i) % urls.length]!;
        const t0 = performance.now();
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies[latencies.length - 1] ?? 0,
    perSecond: latencies.length / elapsed,
  };
}
