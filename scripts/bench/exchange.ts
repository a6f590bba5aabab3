// `npm run bench:exchange [-- --records 500]`: the translation exchange at its bound, against a
// fresh SQLite database (and PostgreSQL when BENCH_POSTGRES_URL names a server). It adds the given
// number of offers with German texts, exports Farsi as XLIFF (the whole catalogue, to time the
// stream), fills in every title and summary as an agency would, and times the check and the
// import, which run on the request: on SQLite the import's transaction is as long as the server's
// thread is held. Then it imports the same file again, which must change nothing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

const root = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const recordsArg = args.indexOf("--records");
const records = recordsArg >= 0 ? Number(args[recordsArg + 1]) : 500;
if (!Number.isInteger(records) || records < 1) throw new Error("--records needs a positive whole number");

async function measure(label: string) {
  const { db } = await import("../../lib/db");
  const { exportPieces } = await import("../../lib/translations/exchange/export");
  const { applyExchange, checkExchange } = await import("../../lib/translations/exchange/import");
  const admin = await db.user.create({ data: { email: "bench@example.org", name: "Benchmark", role: "admin" } });
  const actor = { id: admin.id, role: "admin" as const, organizationId: null };
  const org = await db.organization.create({
    data: { slug: "bench", name: "Bench e. V.", type: "migrant_organisation", status: "published" },
  });
  const offers = Array.from({ length: records }, (_, i) => ({
    id: crypto.randomUUID(),
    organizationId: org.id,
    slug: `bench-${i}`,
    status: "published" as const,
  }));
  for (let i = 0; i < offers.length; i += 500) {
    const chunk = offers.slice(i, i + 500);
    await db.offer.createMany({ data: chunk });
    await db.offerTranslation.createMany({
      data: chunk.map((o, j) => ({
        offerId: o.id,
        locale: "de",
        title: `Sprachkurs ${i + j}`,
        summary: "Deutsch lernen in kleinen Gruppen, mit Kinderbetreuung.",
        description: "Jeden Dienstag und Donnerstag am Vormittag. Bitte vorher anmelden.",
      })),
    });
  }
  const timed = async <T>(name: string, step: () => Promise<T>, describe: (result: T) => string) => {
    const started = performance.now();
    const result = await step();
    console.log(
      `  ${name.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  ${describe(result)}`,
    );
    return result;
  };
  console.log(`translation exchange: ${records} offers, ${label}`);
  const xliff = await timed(
    "export (XLIFF, streamed)",
    async () => {
      let text = "";
      for await (const piece of exportPieces({ locale: "fa", format: "xliff", scope: "open", kinds: ["offer"] }))
        text += piece;
      return text;
    },
    (text) => `${(text.length / 1024 / 1024).toFixed(1)} MB`,
  );
  const filled = xliff.replace(/(<source>([^<]*)<\/source>)/g, "$1<target>ترجمه: $2</target>");
  const file = { name: "fa.xlf", text: filled };
  type Outcome = Awaited<ReturnType<typeof checkExchange>>;
  const counts = (o: Outcome) =>
    o.ok
      ? `create ${o.data.counts.create}, update ${o.data.counts.update}, unchanged ${o.data.counts.unchanged}, reject ${o.data.counts.reject}`
      : `refused: ${o.formError}`;
  await timed("check", () => checkExchange(file, "fa", actor), counts);
  await timed("import", () => applyExchange(file, "fa", actor), counts);
  await timed("import again (same file)", () => applyExchange(file, "fa", actor), counts);
  await db.$disconnect();
}

function run(url: string, label: string) {
  const env = { ...process.env, DATABASE_URL: url };
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions", "react-server", "prisma/seed.ts", "--reference-only"], {
    cwd: root,
    env,
    stdio: "ignore",
  });
  execFileSync(bin("tsx"), ["--conditions", "react-server", __filename, "--records", String(records)], {
    cwd: root,
    env: { ...env, BENCH_EXCHANGE_TARGET: label },
    stdio: "inherit",
  });
}

async function main() {
  const target = process.env.BENCH_EXCHANGE_TARGET;
  if (target) return measure(target);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-bench-exchange-"));
  try {
    run(`file:${path.join(dir, "bench.db")}`, "SQLite");
    const adminUrl = process.env.BENCH_POSTGRES_URL;
    if (!adminUrl) return;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const name = "wegweiser_bench_exchange";
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
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
