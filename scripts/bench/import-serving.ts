// The part of `npm run bench:import` that runs against the production server: while the server imports a
// 10,000-line file as a job, `/api/health` and an offer page are fetched every 50 ms (each on its own
// clock, whether or not the last answer has come), and their p50, p99 and slowest answers are
// compared with the same routes before the import. The goal is p99 ≤ 250 ms during the import.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createDb } from "../../lib/db/client";
import { resolveDatabase } from "../../lib/db/url";
import { root, startServer, stopServer } from "./server";

const INTERVAL_MS = 50;
const BASELINE_MS = 3_000;
const TARGET_P99_MS = 250;

type Probe = { stop: () => Promise<number[]> };

function probe(url: string): Probe {
  const samples: number[] = [];
  const pending = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const started = performance.now();
    const request = fetch(url)
      .then((response) => response.arrayBuffer().then(() => response.ok))
      .then((ok) => {
        samples.push(ok ? performance.now() - started : Number.POSITIVE_INFINITY);
      })
      .catch(() => {
        samples.push(Number.POSITIVE_INFINITY);
      })
      .finally(() => pending.delete(request));
    pending.add(request);
  }, INTERVAL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
      return samples;
    },
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
function describe(name: string, samples: number[]): { line: string; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const errors = sorted.filter((s) => !Number.isFinite(s)).length;
  const p99 = quantile(sorted, 0.99);
  const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "error");
  return {
    p99,
    line: `${name.padEnd(34)} ${String(samples.length).padStart(5)} requests  p50 ${ms(quantile(sorted, 0.5)).padStart(8)}  p99 ${ms(p99).padStart(8)}  max ${ms(sorted.at(-1) ?? NaN).padStart(8)}${errors ? `  ${errors} errors` : ""}`,
  };
}

/** Serves a fresh demo database on `port` and imports `text` as a job while reading. */
export async function measureWhileServing(url: string, label: string, text: string, port: number): Promise<boolean> {
  const env = { ...process.env, DATABASE_URL: url };
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions", "react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  const db = createDb(resolveDatabase(url));
  const server = await startServer(port, { DATABASE_URL: url, NEXTAUTH_URL: `http://127.0.0.1:${port}` });
  try {
    const admin = await db.user.create({ data: { email: "bench-serving@example.org", name: "Benchmark", role: "admin" } });
    const offer = await db.offer.findFirstOrThrow({ where: { status: "published" }, select: { slug: true } });
    const routes = {
      "/api/health": `http://127.0.0.1:${port}/api/health`,
      [`/de/offers/${offer.slug}`]: `http://127.0.0.1:${port}/de/offers/${offer.slug}`,
    };
    // Warm both routes, then a baseline without an import.
    for (const address of Object.values(routes)) for (let i = 0; i < 5; i++) await (await fetch(address)).arrayBuffer();
    const idle = Object.values(routes).map(probe);
    await new Promise((r) => setTimeout(r, BASELINE_MS));
    const baseline = await Promise.all(idle.map((p) => p.stop()));

    // The job as the data page's upload stores it; the server's runner finds it within seconds.
    const probes = Object.values(routes).map(probe);
    const queuedAt = performance.now();
    const job = await db.importJob.create({
      data: { format: "csv", fileName: "bench.csv", source: text, dryRun: false, createdById: admin.id },
      select: { id: true },
    });
    let status = "queued";
    let startedAt: Date | null = null;
    let finishedAt: Date | null = null;
    let error: string | null = null;
    const deadline = Date.now() + 10 * 60_000;
    while ((status === "queued" || status === "running") && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      ({ status, startedAt, finishedAt, error } = await db.importJob.findUniqueOrThrow({
        where: { id: job.id },
        select: { status: true, startedAt: true, finishedAt: true, error: true },
      }));
    }
    const during = await Promise.all(probes.map((p) => p.stop()));
    const ran = startedAt && finishedAt ? ((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(1) : "?";
    console.log(
      `\nreads while the server imports (${label}, server): job ${status}${error ? ` (${error})` : ""}, ` +
        `ran ${ran} s in the worker, ${((performance.now() - queuedAt) / 1000).toFixed(1)} s from queued to done`,
    );
    let ok = status === "succeeded";
    Object.keys(routes).forEach((name, i) => {
      console.log(`  ${describe(`${name} before`, baseline[i]!).line}`);
      const result = describe(`${name} during import`, during[i]!);
      const over = result.p99 > TARGET_P99_MS;
      if (over) ok = false;
      console.log(`  ${result.line}${over ? `  (over ${TARGET_P99_MS} ms)` : ""}`);
    });
    return ok;
  } finally {
    await stopServer(server);
    await db.$disconnect();
  }
}
