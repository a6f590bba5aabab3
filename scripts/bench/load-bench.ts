// `npm run bench:load [-- --offers 198,10000,100000 --setups sqlite,postgres,postgres-2 --requests 30
//   --clients 50 --seconds 5 --import-rows 10000 --phases single,concurrent,import --json FILE]`
// Measures the public pages of a production build (`npm run build` first) for catalogues of the
// given sizes: (a) each page one person at a time, (b) 50 concurrent clients per page, beside a
// static file measured in the same run, (c) reads while a 10,000-line import runs. Setups: SQLite
// with one process; PostgreSQL (BENCH_POSTGRES_URL) with one process, and with two processes behind
// nginx (deploy/nginx/wegweiser.conf). Seeded databases are kept for the next run (databases.ts).
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresCopy, sqliteCopy, type WorkingCopy } from "./databases";
import { csv } from "./import-file";
import { startImport, wrongSignIns } from "./import-over-http";
import { loadFor, withOwnCpu, type LoadResult } from "./load";
import type { LoadTargets } from "./load-targets";
import { startNginx, type Nginx } from "./nginx";
import { cpuSecondsOf, requireBuild, root, startServer, stopServer } from "./server";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const postgresUrl = process.env.BENCH_POSTGRES_URL;
const offerSizes = option("offers", "198,10000,100000").split(",").map(Number);
const setups = option("setups", postgresUrl ? "sqlite,postgres,postgres-2" : "sqlite").split(",") as Setup[];
const requests = Number(option("requests", "30"));
const clients = Number(option("clients", "50"));
const seconds = Number(option("seconds", "5"));
const importRows = Number(option("import-rows", "10000"));
const phases = new Set(option("phases", "single,concurrent,import").split(","));
const firstPort = Number(option("port", "3301"));
const nginxPort = Number(option("nginx-port", "3310"));
const fresh = args.includes("--fresh");
// An existing seeded SQLite file to start from instead of seeding, e.g. 100000=/srv/bench/100k.db.
const sqliteSources = new Map(
  option("sqlite-from", "")
    .split(",")
    .filter(Boolean)
    .map((pair) => [Number(pair.split("=")[0]), pair.slice(pair.indexOf("=") + 1)] as const),
);
const jsonFile = option(
  "json",
  path.join(root, "bench-results", `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
);

type Setup = "sqlite" | "postgres" | "postgres-2";
type Route = { name: string; path: string; concurrent: boolean };

function routes(t: LoadTargets): Route[] {
  const route = (name: string, p: string, concurrent = true): Route => ({ name, path: p, concurrent });
  return [
    route("start /de", "/de"),
    route("start /ar", "/ar"),
    route("offers /de", "/de/offers"),
    route("offers /ar", "/ar/offers", false),
    route("offers /de?q=deutsch", "/de/offers?q=deutsch"),
    route("offers /uk?q=deutsch", "/uk/offers?q=deutsch", false),
    route("offers /tr?q=beratung&free=1", "/tr/offers?q=beratung&free=1", false),
    route("offers /de?category&district", "/de/offers?category=language&district=brand"),
    route("offers /fa?audience&language", "/fa/offers?audience=women&language=fa", false),
    route("offer page", `/de/offers/${t.offer}`),
    route("offer page /ar", `/ar/offers/${t.offer}`, false),
    route("programme page", `/de/programmes/${t.programme}`),
    route("organisation page", `/de/organisations/${t.organisation}`),
    route("organisations list", "/de/organisations"),
    route("institutions", "/de/institutions"),
    route("/api/offers?q=deutsch", "/api/offers?q=deutsch"),
    route("HSDS services", "/api/hsds/services?per_page=50"),
    route("HSDS service", `/api/hsds/services/${t.service}`, false),
    route("HSDS organizations", "/api/hsds/organizations?per_page=50", false),
    route("/api/health", "/api/health", false),
  ];
}

type Single = { route: string; path: string; p50: number; p95: number; max: number; errors: number; kb: number };
type Concurrent = {
  route: string;
  path: string;
  perSecond: number;
  ratio: number;
  p50: number;
  p99: number;
  errors: number;
  errorKinds: Record<string, number>;
  requests: number;
  serverCpu: number;
  loaderCpu: number;
};
type DuringImport = {
  route: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  errorKinds: Record<string, number>;
};
type Run = {
  setup: Setup;
  processes: number;
  offers: number;
  targets: LoadTargets;
  single: Single[];
  staticFile?: { path: string; perSecond: number };
  concurrent: Concurrent[];
  cluster?: { signIns: string[]; upstreams: Record<string, number> };
  import?: { rows: number; seconds: number; status: number; reads: DuringImport[] };
};

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const pct = (n: number) => `${Math.round(n * 100)} %`;
/** "0", or the count with what the errors were, e.g. "3 (503 ×2, timeout ×1)". */
const errs = (r: { errors: number; errorKinds: Record<string, number> }) =>
  r.errors === 0
    ? "0"
    : `${r.errors} (${Object.entries(r.errorKinds)
        .map(([kind, n]) => `${kind} ×${n}`)
        .join(", ")})`;

/** One request after the other: what one visitor waits, on a server doing nothing else. */
async function single(base: string, route: Route): Promise<Single> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  for (let i = 0; i < requests + 2; i++) {
    const started = performance.now();
    const response = await fetch(base + route.path, { redirect: "manual", signal: AbortSignal.timeout(30_000) }).catch(
      () => null,
    );
    const body = response ? await response.arrayBuffer() : new ArrayBuffer(0);
    if (!response || response.status >= 400) errors++;
    // The first two warm the route (compilation of its code, a first read of its data).
    if (i >= 2) latencies.push(performance.now() - started);
    bytes = body.byteLength;
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return {
    route: route.name,
    path: route.path,
    p50: at(0.5),
    p95: at(0.95),
    max: latencies.at(-1)!,
    errors,
    kb: bytes / 1024,
  };
}

/** Waits until the servers answer quickly again, so that one route's backlog is not the next one's. */
async function settle(base: string) {
  for (let i = 0; i < 120; i++) {
    const started = performance.now();
    await fetch(`${base}/api/health`)
      .then((r) => r.arrayBuffer())
      .catch(() => null);
    if (performance.now() - started < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function concurrent(
  base: string,
  route: Route,
  servers: ChildProcess[],
  staticRate: number,
): Promise<Concurrent> {
  await settle(base);
  await loadFor([base + route.path], { clients: 4, seconds: 1 });
  const cpuBefore = servers.reduce((sum, s) => sum + cpuSecondsOf(s.pid), 0);
  const started = performance.now();
  const { result, cpuShare } = await withOwnCpu(() => loadFor([base + route.path], { clients, seconds }));
  const wall = (performance.now() - started) / 1000;
  const serverCpu = (servers.reduce((sum, s) => sum + cpuSecondsOf(s.pid), 0) - cpuBefore) / wall;
  return {
    route: route.name,
    path: route.path,
    perSecond: result.perSecond,
    ratio: staticRate ? result.perSecond / staticRate : 1,
    p50: result.p50,
    p99: result.p99,
    errors: result.errors,
    errorKinds: result.errorKinds,
    requests: result.requests,
    serverCpu,
    loaderCpu: cpuShare,
  };
}

/** A script chunk the start page loads: the static file the pages are compared with. */
async function staticPath(base: string): Promise<string> {
  const html = await (await fetch(`${base}/de`)).text();
  const chunk = html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/);
  if (!chunk) throw new Error("the start page names no script chunk");
  return chunk[0];
}

async function duringImport(base: string, t: LoadTargets): Promise<NonNullable<Run["import"]>> {
  const text = csv(importRows).replace(/\r\n?/g, "\n");
  const reads = [
    { route: "/api/health", url: `${base}/api/health` },
    { route: "offer page", url: `${base}/de/offers/${t.offer}` },
  ];
  for (const r of reads) await loadFor([r.url], { clients: 1, seconds: 1 });
  const running = await startImport(base, text, importRows);
  // Two readers per address, as a few visitors would be: enough to see every stall.
  const measured = await Promise.all(
    reads.map((r) => loadFor([r.url], { clients: 2, until: running.finished, timeoutMs: 60_000 })),
  );
  const outcome = await running.finished;
  await running.verify();
  return {
    rows: importRows,
    ...outcome,
    reads: measured.map((m: LoadResult, i) => ({
      route: reads[i]!.route,
      requests: m.requests,
      p50: m.p50,
      p99: m.p99,
      max: m.max,
      errors: m.errors,
      errorKinds: m.errorKinds,
    })),
  };
}

/**
 * Before measuring several processes: nginx must spread requests over all of them, and they must
 * count wrong passwords together, per the address nginx saw, whatever a client claims.
 */
async function clusterCheck(base: string, nginx: Nginx): Promise<NonNullable<Run["cluster"]>> {
  const before = nginx.upstreamCounts();
  const signIns = await wrongSignIns(base, `cluster-check-${Date.now()}@example.org`, 4);
  // nginx writes its log within a second.
  await new Promise((r) => setTimeout(r, 1200));
  const after = nginx.upstreamCounts();
  const upstreams = Object.fromEntries(
    Object.entries(after).map(([address, n]) => [address, n - (before[address] ?? 0)]),
  );
  const shared = signIns.slice(0, 3).every((e) => e === "CredentialsSignin") && signIns[3]!.startsWith("throttled:");
  const spread = Object.values(upstreams).filter((n) => n > 0).length > 1;
  console.log(
    `\ncluster check: 4 wrong passwords through nginx, each with a forged X-Forwarded-For, answered ${signIns.join(", ")}`,
  );
  console.log(
    `  requests per process: ${Object.entries(upstreams)
      .map(([a, n]) => `${a} ${n}`)
      .join(", ")}`,
  );
  if (!shared || !spread) throw new Error("the processes behind nginx do not act as one (see the cluster check above)");
  return { signIns, upstreams };
}

function targetsOf(url: string): LoadTargets {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions", "react-server", "scripts/bench/load-targets.ts"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!) as LoadTargets;
}

// Servers and nginx still running when the benchmark is interrupted, so that none outlives it.
const running = new Set<ChildProcess>();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    for (const child of running) child.kill(child.spawnfile.endsWith("nginx") ? "SIGQUIT" : "SIGTERM");
    process.exit(1);
  });

async function measure(setup: Setup, offers: number): Promise<Run> {
  const copy: WorkingCopy =
    setup === "sqlite"
      ? await sqliteCopy(offers, fresh, sqliteSources.get(offers))
      : await postgresCopy(postgresUrl!, offers, fresh);
  const processes = setup === "postgres-2" ? 2 : 1;
  const servers: ChildProcess[] = [];
  let nginx: Nginx | undefined;
  try {
    const targets = targetsOf(copy.url);
    const entry = processes > 1 ? nginxPort : firstPort;
    const base = `http://127.0.0.1:${entry}`;
    const ports = Array.from({ length: processes }, (_, i) => firstPort + i);
    for (const port of ports)
      servers.push(
        await startServer(port, {
          DATABASE_URL: copy.url,
          PORT: String(port),
          PUBLIC_URL: base,
          NEXTAUTH_URL: base,
          TRUSTED_PROXIES: processes > 1 ? "1" : "0",
        }),
      );
    for (const server of servers) running.add(server);
    if (processes > 1) nginx = await startNginx(ports, nginxPort);
    if (nginx) running.add(nginx.process);
    const label = `${setup === "sqlite" ? "SQLite" : "PostgreSQL"}, ${processes === 1 ? "one process" : `${processes} processes behind nginx`}, ${targets.offers.toLocaleString("en")} public offers`;
    console.log(`\n## ${label}`);
    const run: Run = { setup, processes, offers, targets, single: [], concurrent: [] };
    if (processes > 1) run.cluster = await clusterCheck(base, nginx!);
    const all = routes(targets);

    if (phases.has("single")) {
      console.log(`\n(a) one request at a time, ${requests} per page after 2 to warm up (ms, on loopback)`);
      console.log("| page | p50 | p95 | max | KB | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |");
      for (const route of all) {
        const r = await single(base, route);
        run.single.push(r);
        console.log(`| ${r.route} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.kb.toFixed(0)} | ${r.errors} |`);
      }
    }

    if (phases.has("concurrent")) {
      const file = await staticPath(base);
      const staticRoute = { name: "static file", path: file, concurrent: true };
      const reference = await concurrent(base, staticRoute, servers, 0);
      run.staticFile = { path: file, perSecond: reference.perSecond };
      console.log(
        `\n(b) ${clients} concurrent clients, ${seconds} s per page; ratio = req/s ÷ the static file's req/s`,
      );
      console.log(
        "| page | req/s | ratio | p50 ms | p99 ms | errors | server CPU | load generator CPU |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      );
      const row = (c: Concurrent) =>
        console.log(
          `| ${c.route} | ${c.perSecond.toFixed(0)} | ${pct(c.ratio)} | ${ms(c.p50)} | ${ms(c.p99)} | ${errs(c)} | ${pct(c.serverCpu)} | ${pct(c.loaderCpu)} |`,
        );
      row({ ...reference, route: `static file ${file.split("/").at(-1)}` });
      for (const route of all.filter((r) => r.concurrent)) {
        const c = await concurrent(base, route, servers, reference.perSecond);
        run.concurrent.push(c);
        row(c);
      }
    }

    if (phases.has("import")) {
      await settle(base);
      const result = await duringImport(base, targets);
      run.import = result;
      console.log(
        `\n(c) reads by 2 clients each while ${importRows.toLocaleString("en")} lines are imported (import took ${result.seconds.toFixed(1)} s, answer ${result.status})`,
      );
      console.log(
        "| read | requests | p50 ms | p99 ms | max ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |",
      );
      for (const r of result.reads)
        console.log(`| ${r.route} | ${r.requests} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${errs(r)} |`);
    }
    if (nginx) {
      const counts = nginx.upstreamCounts();
      console.log(
        `\nnginx sent requests to: ${Object.entries(counts)
          .map(([a, n]) => `${a} ${n}`)
          .join(", ")}`,
      );
    }
    return run;
  } finally {
    await nginx?.stop();
    for (const server of servers) await stopServer(server);
    running.clear();
    await copy.discard();
  }
}

async function main() {
  requireBuild();
  for (const setup of setups) {
    if (!["sqlite", "postgres", "postgres-2"].includes(setup))
      throw new Error(`unknown setup "${setup}" (sqlite, postgres, postgres-2)`);
    if (setup !== "sqlite" && !postgresUrl) throw new Error(`setup ${setup} needs BENCH_POSTGRES_URL`);
  }
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, load: os.loadavg() };
  console.log(
    `bench:load on ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}; the load generator runs on the same cores (its CPU share is shown)`,
  );
  const runs: Run[] = [];
  for (const offers of offerSizes) for (const setup of setups) runs.push(await measure(setup, offers));
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(
    jsonFile,
    JSON.stringify(
      { startedAt: new Date().toISOString(), machine, options: { requests, clients, seconds, importRows }, runs },
      null,
      2,
    ),
  );
  console.log(`\nresults: ${path.relative(process.cwd(), jsonFile)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
