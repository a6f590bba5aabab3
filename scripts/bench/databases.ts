// Seeded databases for benchmarks, built once and reused: seeding 100,000 offers takes minutes, and
// a run measures the app, not the seed. A seeded database is kept per size under the fingerprint of
// its database's migrations, so a new migration builds it afresh; each run works on a copy, because
// the import it measures changes the data.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { root, run } from "./server";

export type DatabaseKind = "sqlite" | "postgres";
/** A copy to run against, and how to throw it away. */
export type WorkingCopy = { url: string; discard: () => Promise<void> };

const migrationsDir = (kind: DatabaseKind) =>
  path.join(root, kind === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations");

/** What the seeded database was built from: its migrations, and the seeding scripts' recipe. */
export function migrationFingerprint(kind: DatabaseKind): string {
  const hash = createHash("sha256").update("recipe 1: demo seed, then synthetic offers\n");
  const dir = migrationsDir(kind);
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => fs.statSync(path.join(dir, n)).isDirectory())
    .sort())
    hash.update(name).update(fs.readFileSync(path.join(dir, name, "migration.sql")));
  return hash.digest("hex").slice(0, 12);
}

/** Migrates, loads the demo data and, above the demo's size, adds that many synthetic offers. */
async function seed(url: string, offers: number) {
  const env = { DATABASE_URL: url };
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await run("node_modules/.bin/tsx", ["--conditions", "react-server", "prisma/seed.ts"], env);
  if (offers > DEMO_OFFERS)
    await run(
      "node_modules/.bin/tsx",
      ["--conditions", "react-server", "scripts/seed-synthetic.ts", "--offers", String(offers)],
      env,
    );
}

/** The demo data's offers: a size at or below it means the demo data alone. */
export const DEMO_OFFERS = 198;

/**
 * Copies a file and waits until it is written out: the kernel would otherwise write a copy of
 * gigabytes to disk while the run measures, and the server's reads would wait for the disk.
 */
export function copyWrittenOut(from: string, to: string) {
  fs.copyFileSync(from, to);
  const fd = fs.openSync(to, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const sqliteFiles = (file: string) => ["", "-wal", "-shm", "-journal"].map((suffix) => file + suffix);
const removeSqlite = (file: string) => sqliteFiles(file).forEach((f) => fs.rmSync(f, { force: true }));

/**
 * A copy of the seeded SQLite database of this size. `source` is an existing seeded file (made the
 * same way, e.g. by hand for 100,000 offers) to start from instead of seeding; it is only read.
 */
export async function sqliteCopy(offers: number, fresh: boolean, source?: string): Promise<WorkingCopy> {
  const dir = path.join(root, "data/bench");
  fs.mkdirSync(dir, { recursive: true });
  const seeded = path.join(dir, `sqlite-${offers}-${migrationFingerprint("sqlite")}.db`);
  if (fresh) removeSqlite(seeded);
  if (!fs.existsSync(seeded)) {
    const building = `${seeded}.building`;
    removeSqlite(building);
    const started = performance.now();
    if (source) {
      console.log(`copying ${source} and applying any newer migrations`);
      fs.copyFileSync(source, building);
      await run("node_modules/.bin/prisma", ["migrate", "deploy"], { DATABASE_URL: `file:${building}` });
    } else {
      console.log(
        `seeding a SQLite database with ${offers.toLocaleString("en")} offers (kept in ${path.relative(root, dir)}/)`,
      );
      await seed(`file:${building}`, offers);
    }
    console.log(`ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    // A write-ahead log still open would be lost by the rename; the seeding processes have closed it.
    for (const suffix of ["-wal", "-shm"])
      if (fs.existsSync(building + suffix)) fs.renameSync(building + suffix, seeded + suffix);
    fs.renameSync(building, seeded);
  }
  const work = path.join(dir, `work-sqlite-${offers}.db`);
  removeSqlite(work);
  copyWrittenOut(seeded, work);
  for (const suffix of ["-wal", "-shm"])
    if (fs.existsSync(seeded + suffix)) copyWrittenOut(seeded + suffix, work + suffix);
  return { url: `file:${work}`, discard: async () => removeSqlite(work) };
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseUrl = (adminUrl: string, name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** A copy of the seeded PostgreSQL database of this size, made from it as a template. */
export async function postgresCopy(adminUrl: string, offers: number, fresh: boolean): Promise<WorkingCopy> {
  const seeded = `wegweiser_bench_${offers}_${migrationFingerprint("postgres")}`;
  const work = `wegweiser_bench_work_${offers}`;
  await withAdmin(adminUrl, async (admin) => {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${seeded} WITH (FORCE)`);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [seeded]);
    if (exists.rowCount === 0) {
      const building = `${seeded}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      console.log(`seeding PostgreSQL database ${seeded} with ${offers.toLocaleString("en")} offers`);
      const started = performance.now();
      await seed(databaseUrl(adminUrl, building), offers);
      console.log(`ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${seeded}`);
    }
    await admin.query(`DROP DATABASE IF EXISTS ${work} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${work} TEMPLATE ${seeded}`);
  });
  return {
    url: databaseUrl(adminUrl, work),
    discard: () =>
      withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${work} WITH (FORCE)`).then(() => undefined)),
  };
}
