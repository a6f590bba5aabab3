// Gives every integration test file a fresh, migrated database of its own before the file's
// imports run: SQLite in a temporary file, or a new PostgreSQL database when TEST_POSTGRES_URL
// names a server (CI runs the suite both ways). Migrations are applied from the committed SQL, so
// the tests also prove that the migrations build the schema the client expects.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const root = path.resolve(__dirname, "../..");
const migrationSql = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));

const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const adminUrl = process.env.TEST_POSTGRES_URL;

if (adminUrl) {
  const { Client } = await import("pg");
  const name = `wegweiser_test_${suffix}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  for (const sql of migrationSql(path.join(root, "prisma/postgresql/migrations"))) await client.query(sql);
  await client.end();
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    const drop = new Client({ connectionString: adminUrl });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await drop.end();
  });
} else {
  const Database = (await import("better-sqlite3")).default;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const sql of migrationSql(path.join(root, "prisma/migrations"))) sqlite.exec(sql);
  sqlite.close();
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
