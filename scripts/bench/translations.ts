// `npm run bench:translations [-- --offers 100000]`: the translation pages' database work at a
// region's size. Seeds synthetic offers into a fresh SQLite database (and PostgreSQL with
// BENCH_POSTGRES_URL), makes every twentieth offer's German text change after its translations,
// then times what the pages ask: the counts of every language (a fresh count, as after a save), a
// queue's first and fiftieth page per state, and one record side by side.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

const root = path.resolve(__dirname, "../..");
const argv = process.argv.slice(2);
const offers = Number(argv[argv.indexOf("--offers") + 1] ?? 100_000) || 100_000;

async function timed<T>(label: string, work: () => Promise<T>, times = 3): Promise<T> {
  const took: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    result = await work();
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} median ${took[Math.floor(times / 2)]!.toFixed(1)} ms, max ${took[times - 1]!.toFixed(1)} ms`);
  return result!;
}

async function measure(label: string) {
  const { db } = await import("../../lib/db");
  const { translationQueue } = await import("../../lib/translations/queue");
  const { translationView } = await import("../../lib/translations/record");
  const { bumpPublicVersion } = await import("../../lib/search/version");
  const { translationProgress } = await import("../../lib/translations/progress");
  // A German text changed after its translations: the German row's fingerprint moves on.
  await db.$executeRawUnsafe(
    `UPDATE "OfferTranslation" SET "sourceHash" = 'changed' WHERE "locale" = 'de' AND "offerId" IN (SELECT "offerId" FROM "OfferTranslation" WHERE "locale" = 'ar' ORDER BY "offerId" LIMIT ${Math.floor(offers / 20)})`,
  );
  console.log(`${label}: ${await db.offer.count()} offers, ${await db.offerTranslation.count()} text rows`);
  const progress = await timed("counts of every language (fresh)", async () => {
    await bumpPublicVersion(db);
    return translationProgress();
  });
  await timed("counts of every language (kept)", () => translationProgress());
  for (const p of progress.filter((p) => ["ar", "fa"].includes(p.locale)))
    console.log(`  ${p.locale}: ${JSON.stringify(p.byKind.offer)}`);
  for (const state of ["outdated", "missing", "machine"] as const) {
    await timed(`queue ar ${state}, page 1`, () => translationQueue("ar", "offer", state, 1));
    await timed(`queue ar ${state}, page 50`, () => translationQueue("ar", "offer", state, 50));
  }
  const [first] = await translationQueue("ar", "offer", "outdated", 1);
  if (first) await timed("one record side by side", () => translationView("offer", first.id, "ar"));
  await db.$disconnect();
}

function run(url: string, label: string) {
  const env = { ...process.env, DATABASE_URL: url };
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions", "react-server", "prisma/seed.ts", "--reference-only"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions", "react-server", "scripts/seed-synthetic.ts", "--offers", String(offers)], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions", "react-server", __filename, "--offers", String(offers)], {
    cwd: root,
    env: { ...env, BENCH_TRANSLATIONS_TARGET: label },
    stdio: "inherit",
  });
}

async function main() {
  const target = process.env.BENCH_TRANSLATIONS_TARGET;
  if (target) return measure(target);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-bench-translations-"));
  try {
    run(`file:${path.join(dir, "bench.db")}`, "SQLite");
    const adminUrl = process.env.BENCH_POSTGRES_URL;
    if (adminUrl) {
      const name = "wegweiser_bench_translations";
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        run(url.toString(), "PostgreSQL");
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
