// `npm run bench:search-quality`: seeds a fresh database with the demo catalogue and runs the
// search-quality set (tests/search-quality/queries.ts) against it, printing recall@5,
// precision@5 and recall per language; on PostgreSQL too when BENCH_POSTGRES_URL names a server
// (a database is created there and dropped afterwards). `--verbose` lists every query that missed
// an expected offer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { run } from "./server";

const verbose = process.argv.includes("--verbose");

async function measure(label: string, url: string) {
  const env = { DATABASE_URL: url };
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await run("node_modules/.bin/tsx", ["--conditions", "react-server", "prisma/seed.ts"], env);
  console.log(`\n${label}`);
  await run(
    "node_modules/.bin/tsx",
    ["--conditions", "react-server", "scripts/bench/search-quality-run.ts", ...(verbose ? ["--verbose"] : [])],
    env,
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-quality-"));
  try {
    await measure("SQLite", `file:${path.join(dir, "quality.db")}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const adminUrl = process.env.BENCH_POSTGRES_URL;
  if (!adminUrl) return;
  const name = `wegweiser_quality_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await measure("PostgreSQL", url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
