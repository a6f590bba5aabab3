// Benchmarks that time library code directly (imports, the translation exchange, the translation
// pages) measure in a child process per database, because lib/db binds to DATABASE_URL when it is
// loaded. Each gets a fresh SQLite file and, when BENCH_POSTGRES_URL names a server, a fresh
// PostgreSQL database that is dropped afterwards.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

export const root = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const tsx = (args: string[], env: NodeJS.ProcessEnv, stdio: "ignore" | "inherit") =>
  execFileSync(bin("tsx"), ["--conditions", "react-server", ...args], { cwd: root, env, stdio });

/**
 * Migrates and seeds the reference data (plus `offers` synthetic offers), then runs `script` with
 * `args` in a process of its own, with `marker` set to the database's label.
 */
export function measureIn(
  url: string,
  label: string,
  run: { script: string; args: string[]; marker: string; offers?: number },
) {
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  tsx(["prisma/seed.ts", "--reference-only"], env, "ignore");
  if (run.offers) tsx(["scripts/seed-synthetic.ts", "--offers", String(run.offers)], env, "ignore");
  tsx([run.script, ...run.args], { ...env, [run.marker]: label }, "inherit");
}

/** A fresh PostgreSQL database on the server `adminUrl` names, dropped after `work`. */
export async function withPostgres(adminUrl: string, name: string, work: (url: string) => Promise<unknown>) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Runs `each` on a fresh SQLite database, then on PostgreSQL when BENCH_POSTGRES_URL is set. */
export async function onFreshDatabases(name: string, each: (url: string, label: string) => void | Promise<void>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wegweiser-bench-${name}-`));
  try {
    await each(`file:${path.join(dir, "bench.db")}`, "SQLite");
    const adminUrl = process.env.BENCH_POSTGRES_URL;
    if (adminUrl)
      await withPostgres(adminUrl, `wegweiser_bench_${name}`, (url) => Promise.resolve(each(url, "PostgreSQL")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one step and prints how long it took and what it did. */
export async function timedStep<T>(
  name: string,
  step: () => Promise<T>,
  describe: (result: T) => string,
  note?: (seconds: number) => string,
) {
  const started = performance.now();
  const result = await step();
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${name.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s  ${describe(result)}${note?.(seconds) ?? ""}`);
  return result;
}

/** Runs `work` `times` times and prints the median and the slowest. */
export async function timedRepeats<T>(label: string, work: () => Promise<T>, times = 3): Promise<T> {
  const took: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    result = await work();
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(44)} median ${took[Math.floor(times / 2)]!.toFixed(1)} ms, max ${took[times - 1]!.toFixed(1)} ms`,
  );
  return result!;
}

/** A whole positive number given as `--flag N`, or the default. */
export function countArg(flag: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(flag);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
  return value;
}
