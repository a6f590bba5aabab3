// `npm run bench:search [-- --sizes 10000,100000 --clients 50 --requests 20 --cache 0,500]`: seeds fresh
// databases with synthetic offers and measures the search API over HTTP under concurrent clients,
// per query shape, without and with the result cache. PostgreSQL too when BENCH_POSTGRES_URL names
// a server (a database per size is created there and dropped afterwards).
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { load } from "./load";
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
const port = 3300;

const shapes: Record<string, string[]> = {
  "word (Deutschkurs)": ["q=Deutschkurs"],
  "word + district": ["q=Beratung&district=mitte", "q=Beratung&district=haaren"],
  "typo (Deutschkurz)": ["q=Deutschkurz"],
  "compound part (kurs) + free": ["q=kurs&free=1"],
  "filters only": ["category=language&language=ar", "category=counselling&audience=women"],
  "Arabic interface": ["q=%D8%AF%D9%88%D8%B1%D8%A9&locale=ar", "q=Sprachcafe&locale=ar"],
  "near me, by distance": ["category=parents-children&near=50.7766,6.0834&sort=distance"],
};

type Target = { label: string; url: string; cleanup: () => Promise<void> };

async function sqliteTarget(size: number): Promise<Target> {
  const file = path.join(root, `data/bench-${size}.db`);
  // A write-ahead log left by an interrupted run would not match a new file of the same name.
  const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
  remove();
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

async function measure(target: Target, size: number) {
  console.log(`\n## ${target.label}, ${size.toLocaleString("en")} offers`);
  const env = { DATABASE_URL: target.url };
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  const t0 = performance.now();
  await run("node_modules/.bin/tsx", ["--conditions", "react-server", "scripts/seed-synthetic.ts", "--offers", String(size)], env);
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const cache of caches) {
    const server = await startServer(port, { ...env, SEARCH_CACHE_SIZE: cache });
    try {
      console.log(`\n${cache === "0" ? "result cache off (every request queries the database)" : "result cache on"}; ${clients} clients × ${perClient} requests per shape`);
      console.log("| query shape | p50 ms | p95 ms | max ms | req/s | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |");
      // The floor: the same load on the HSDS root, a route that touches no database, shows what one
      // server process on this machine answers at best, whatever the search costs.
      const floor = { "floor: /api/hsds (no database)": [] as string[] };
      for (const [name, queries] of Object.entries({ ...floor, ...shapes })) {
        const urls = queries.length ? queries.map((q) => `http://127.0.0.1:${port}/api/offers?${q}`) : [`http://127.0.0.1:${port}/api/hsds`];
        await load(urls, 4, 5); // warm-up: compile routes, fill the vocabulary
        const r = await load(urls, clients, perClient);
        console.log(`| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.errors} |`);
      }
    } finally {
      await stopServer(server);
    }
  }
}

async function main() {
  requireBuild();
  for (const size of sizes) {
    const targets = [await sqliteTarget(size)];
    if (process.env.BENCH_POSTGRES_URL) targets.push(await postgresTarget(size, process.env.BENCH_POSTGRES_URL));
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
