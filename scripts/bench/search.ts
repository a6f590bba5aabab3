// `npm run bench:search [-- --sizes 10000,100000 --clients 50 --requests 20 --cache 0,500]`: seeds fresh
// databases with synthetic offers and measures the search API over HTTP: first cold searches (more
// than 20 different query shapes, each asked once, one at a time, without the result cache, next
// to a floor measured in the same run), then per query shape under concurrent clients, without and
// with the result cache. PostgreSQL too when BENCH_POSTGRES_URL names a server (a database per size
// is created there and dropped afterwards). `--phases cold` measures the cold searches only;
// `--sqlite-file x.db` measures a copy of an existing SQLite database instead of seeding one;
// `--postgres-only` skips SQLite; `--postgres-seeded` measures a copy of the seeded PostgreSQL
// database that `npm run bench:load` keeps, instead of seeding a new one.
import fs from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { Client } from "pg";
import { copyWrittenOut, postgresCopy } from "./databases";
import { load, percentile } from "./load";
import { coldPages, coldShapes, pageWarmUp, warmUp } from "./search-shapes";
import { requireBuild, root, run, startServer, stopServer } from "./server";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = option("sizes", "10000,100000").split(",").map(Number);
const clients = Number(option("clients", "50"));
const perClient = Number(option("requests", "20"));
// Result cache sizes to measure: 0 (off, every request queries the database) and 500 (on).
const caches = option("cache", "0,500").split(",");
const phases = option("phases", "cold,load").split(",");
const sqliteFile = option("sqlite-file", "");
const port = Number(option("port", "3300"));

const shapes: Record<string, string[]> = {
  "word (Deutschkurs)": ["q=Deutschkurs"],
  "word + district": ["q=Beratung&district=mitte", "q=Beratung&district=haaren"],
  "typo (Deutschkurz)": ["q=Deutschkurz"],
  "compound part (kurs) + free": ["q=kurs&free=1"],
  "filters only": ["category=language&language=ar", "category=counselling&audience=women"],
  "Arabic interface": ["q=%D8%AF%D9%88%D8%B1%D8%A9&locale=ar", "q=Sprachcafe&locale=ar"],
  "near me, by distance": ["category=parents-children&near=50.7766,6.0834&sort=distance"],
};

/** `seeded`: the database holds the catalogue already (a kept seeded copy) and is not seeded again. */
type Target = { label: string; url: string; cleanup: () => Promise<void>; seeded?: boolean };

async function sqliteTarget(size: number): Promise<Target> {
  const file = path.join(root, `data/bench-${size}.db`);
  // A write-ahead log left by an interrupted run would not match a new file of the same name.
  const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
  remove();
  if (sqliteFile) copyWrittenOut(sqliteFile, file);
  return { label: "SQLite", url: `file:${file}`, cleanup: async () => remove() };
}

async function postgresTarget(size: number, adminUrl: string): Promise<Target> {
  const name = `wegweiser_bench_${size}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    label: "PostgreSQL",
    url: url.toString(),
    cleanup: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A copy of the seeded PostgreSQL database `npm run bench:load` keeps (made once if missing). */
async function seededPostgresTarget(size: number, adminUrl: string): Promise<Target> {
  const copy = await postgresCopy(adminUrl, size, false);
  return { label: "PostgreSQL", url: copy.url, cleanup: copy.discard, seeded: true };
}

function indexIsEmpty(file: string): boolean {
  const sqlite = new Database(file, { readonly: true });
  try {
    return !sqlite.prepare(`SELECT 1 FROM "SearchPosting" LIMIT 1`).get();
  } finally {
    sqlite.close();
  }
}

// The warm-up searches are asked this often: the JavaScript engine compiles a function fully after
// several calls, and a server that has run for a while has long done so.
const WARM_UP_ROUNDS = Number(option("warm-up-rounds", "3"));

async function timed(url: string): Promise<{ ms: number; ok: boolean }> {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - t0, ok: response.ok };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0 };
};

/**
 * Cold searches: each shape asked once, one at a time, with the result cache off, so every answer
 * comes from the database. The floor is /api/hsds (no database work) asked as often in the same
 * run: the ratio says how much a search costs beyond answering a request at all. (/api/health
 * counts the public offers, which at this size costs more than a search.)
 */
async function measureCold(env: Record<string, string>) {
  const server = await startServer(port, { ...env, SEARCH_CACHE_SIZE: "0" });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let round = 0; round < WARM_UP_ROUNDS; round++)
      for (const q of warmUp) await timed(`${base}/api/offers?${q}`);
    // The floor's route gets as many first runs as the searches did.
    for (let i = 0; i < WARM_UP_ROUNDS * warmUp.length; i++) await timed(`${base}/api/hsds`);
    const floor: number[] = [];
    for (let i = 0; i < Object.keys(coldShapes).length; i++) floor.push((await timed(`${base}/api/hsds`)).ms);
    console.log(`\ncold searches, each asked once (${Object.keys(coldShapes).length} shapes, result cache off)`);
    console.log("| query shape | ms | total |\n| --- | ---: | ---: |");
    const times: number[] = [];
    for (const [name, q] of Object.entries(coldShapes)) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/offers?${q}`);
      const body = (await response.json()) as { total?: number; totalIsLowerBound?: boolean };
      const ms = performance.now() - t0;
      times.push(ms);
      const total = response.ok ? `${body.total}${body.totalIsLowerBound ? "+" : ""}` : `HTTP ${response.status}`;
      console.log(`| ${name} | ${ms.toFixed(1)} | ${total} |`);
    }
    const s = stats(times);
    const f = stats(floor);
    console.log(`cold searches: median ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
    console.log(
      `floor /api/hsds: median ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; ratio of search p95 to floor median ${(s.p95 / f.p50).toFixed(1)}`,
    );
    // The results page renders the same search plus the filters' choices and counts.
    console.log("\n| results page, asked once | ms |\n| --- | ---: |");
    await timed(`${base}${pageWarmUp}`);
    for (const page of coldPages) console.log(`| ${page} | ${(await timed(`${base}${page}`)).ms.toFixed(1)} |`);
  } finally {
    await stopServer(server);
  }
}

async function measure(target: Target, size: number) {
  console.log(`\n## ${target.label}, ${size.toLocaleString("en")} offers`);
  const env = { DATABASE_URL: target.url };
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  const t0 = performance.now();
  const copied = (Boolean(sqliteFile) && target.label === "SQLite") || Boolean(target.seeded);
  if (!copied)
    await run(
      "node_modules/.bin/tsx",
      ["--conditions", "react-server", "scripts/seed-synthetic.ts", "--offers", String(size)],
      env,
    );
  // A SQLite copy made before the search tables existed is indexed once here; the kept seeded
  // PostgreSQL database holds its index already.
  else if (!target.seeded && indexIsEmpty(target.url.slice("file:".length)))
    await run("node_modules/.bin/tsx", ["--conditions", "react-server", "scripts/db/rebuild-search.ts"], env);
  console.log(`${copied ? "copied" : "seeded"} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (phases.includes("cold")) await measureCold(env);
  if (!phases.includes("load")) return;
  for (const cache of caches) {
    const server = await startServer(port, { ...env, SEARCH_CACHE_SIZE: cache });
    try {
      console.log(
        `\n${cache === "0" ? "result cache off (every request queries the database)" : "result cache on"}; ${clients} clients × ${perClient} requests per shape`,
      );
      console.log(
        "| query shape | p50 ms | p95 ms | max ms | req/s | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |",
      );
      // The floor: the same load on the HSDS root, a route that touches no database, shows what one
      // server process on this machine answers at best, whatever the search costs.
      const floor = { "floor: /api/hsds (no database)": [] as string[] };
      for (const [name, queries] of Object.entries({ ...floor, ...shapes })) {
        const urls = queries.length
          ? queries.map((q) => `http://127.0.0.1:${port}/api/offers?${q}`)
          : [`http://127.0.0.1:${port}/api/hsds`];
        await load(urls, 4, 5); // warm-up: compile routes, fill the vocabulary
        const r = await load(urls, clients, perClient);
        console.log(
          `| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.errors} |`,
        );
      }
    } finally {
      await stopServer(server);
    }
  }
}

async function main() {
  requireBuild();
  for (const size of sizes) {
    const targets = args.includes("--postgres-only") ? [] : [await sqliteTarget(size)];
    const adminUrl = process.env.BENCH_POSTGRES_URL;
    if (adminUrl)
      targets.push(
        await (args.includes("--postgres-seeded") ? seededPostgresTarget(size, adminUrl) : postgresTarget(size, adminUrl)),
      );
    for (const target of targets) {
      try {
        await measure(target, size);
      } finally {
        await target.cleanup();
      }
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
