// `npm run bench:import [-- --rows 10000]`: writes a CSV file of the import format with the given
// number of offers, then measures against a fresh SQLite database (and a fresh PostgreSQL database
// when BENCH_POSTGRES_URL names a server): the dry run and the import of the new file, and the same
// two steps for a second reading of the unchanged file, which must find every line unchanged and
// write nothing, and an import of the file with every line changed (an audit entry per offer).
// The goal is under 30 s for each step. Then, unless `--no-serve`, it serves a fresh demo database
// with the production server (on `--port`, default 3200; needs `npm run build` first) and reads
// `/api/health` and an offer page every 50 ms while the server imports the file as a job
// (import-serving.ts): p99 ≤ 250 ms for both. `--serve-only` skips the steps before.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { countArg, measureIn, timedStep, withPostgres } from "./fresh-databases";
import { csv } from "./import-file";
import { measureWhileServing } from "./import-serving";
import { requireBuild } from "./server";

const args = process.argv.slice(2);
const rows = countArg("--rows", 10_000);
const serve = !args.includes("--no-serve");
const serveOnly = serve && args.includes("--serve-only");
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3200;

/** Dry run and import, twice, against the database DATABASE_URL names (migrated and seeded). */
async function measure(label: string) {
  const { db } = await import("../../lib/db");
  const { applyImport, planImport } = await import("../../lib/hsds/import/run");
  const admin = await db.user.create({ data: { email: "bench@example.org", name: "Benchmark", role: "admin" } });
  const actor = { id: admin.id, role: "admin" as const, organizationId: null };

  const text = csv(rows);
  const upload = { name: `bench-${rows}.csv`, text };
  console.log(`import benchmark: ${rows} rows, ${(text.length / 1024 / 1024).toFixed(1)} MB of CSV, ${label}`);

  const timed = <T>(name: string, step: () => Promise<T>, describe: (result: T) => string) =>
    timedStep(name, step, describe, (seconds) => (seconds >= 30 ? "  (over 30 s)" : ""));
  type Outcome = Awaited<ReturnType<typeof planImport>>;
  const counts = (outcome: Outcome) => {
    if (!outcome.ok) return `refused: ${outcome.formError}`;
    const c = outcome.data.counts;
    return `create ${c.create}, update ${c.update}, unchanged ${c.unchanged}, reject ${c.reject}${outcome.data.applied ? ", written" : ""}`;
  };

  await timed("first dry run", () => planImport(upload, actor), counts);
  await timed("first import", () => applyImport(upload, actor), counts);
  await timed("second dry run (same file)", () => planImport(upload, actor), counts);
  const audits = await db.auditEntry.count();
  await timed("second import (same file)", () => applyImport(upload, actor), counts);
  const offers = await db.offer.count();
  const written = (await db.auditEntry.count()) - audits;
  console.log(`  database: ${offers} offers; the second import added ${written} audit entries`);
  // Every line changed (each offer back to draft): the path of an import that updates what exists.
  const changed = { name: upload.name, text: text.replace(/published(?=\r?\n|$)/g, "draft") };
  const before = await db.auditEntry.count();
  await timed("third import (all changed)", () => applyImport(changed, actor), counts);
  console.log(`  the third import added ${(await db.auditEntry.count()) - before} audit entries`);
  await db.$disconnect();
}

/** Migrates and seeds a fresh database, then measures in a process of its own (lib/db binds to one database). */
function run(url: string, label: string) {
  measureIn(url, label, { script: __filename, args: ["--rows", String(rows)], marker: "BENCH_IMPORT_TARGET" });
}

async function main() {
  const target = process.env.BENCH_IMPORT_TARGET;
  if (target) return measure(target);
  if (serve) requireBuild();
  const adminUrl = process.env.BENCH_POSTGRES_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-bench-import-"));
  let ok = true;
  try {
    if (!serveOnly) {
      run(`file:${path.join(dir, "bench.db")}`, "SQLite");
      if (adminUrl) await withPostgres(adminUrl, "wegweiser_bench_import", async (url) => run(url, "PostgreSQL"));
    }
    if (!serve) return;
    const text = csv(rows);
    ok = await measureWhileServing(`file:${path.join(dir, "serving.db")}`, "SQLite", text, port);
    if (adminUrl)
      await withPostgres(adminUrl, "wegweiser_bench_import_serving", async (url) => {
        ok = (await measureWhileServing(url, "PostgreSQL", text, port)) && ok;
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
