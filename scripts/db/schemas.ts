// The two schemas Wegweiser keeps: the SQLite source and the PostgreSQL copy written from it.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import os from "node:os";

export const root = path.resolve(__dirname, "../..");
export const sqliteSchemaPath = path.join(root, "prisma/schema.prisma");
export const postgresSchemaPath = path.join(root, "prisma/postgresql/schema.prisma");
/** The source schema as it was when the newest migrations were written. */
export const snapshotPath = path.join(root, "prisma/migrations/schema.snapshot.prisma");

export const providers = {
  sqlite: { migrations: path.join(root, "prisma/migrations") },
  postgresql: { migrations: path.join(root, "prisma/postgresql/migrations") },
} as const;
export type Provider = keyof typeof providers;

const header =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit: change the source and regenerate.\n";

/** Rewrites the SQLite source for PostgreSQL: provider, literal url and client output differ. */
export function toPostgres(source: string): string {
  const rewrites: Array<[RegExp, string]> = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost:5432/wegweiser"'],
    [/output\s*=\s*"\.\.\/generated\/sqlite"/, 'output     = "../../generated/pg"'],
  ];
  let out = source;
  for (const [pattern, replacement] of rewrites) {
    const next = out.replace(pattern, replacement);
    // A silent no-op would leave a PostgreSQL client generated from SQLite settings.
    if (next === out) throw new Error(`prisma/schema.prisma no longer matches ${pattern}; update scripts/db/schemas.ts`);
    out = next;
  }
  return header + out;
}

export function schemaFor(provider: Provider, source: string): string {
  return provider === "sqlite" ? source : toPostgres(source);
}

/** SQL that turns a database shaped by `from` into one shaped by `to` ("" when they agree). */
export function diffSql(provider: Provider, from: string | null, to: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-schema-"));
  try {
    const toFile = path.join(tmp, "to.prisma");
    fs.writeFileSync(toFile, schemaFor(provider, to));
    const args = ["migrate", "diff", "--to-schema-datamodel", toFile, "--script", "--output", path.join(tmp, "out.sql")];
    if (from === null) args.push("--from-empty");
    else {
      const fromFile = path.join(tmp, "from.prisma");
      fs.writeFileSync(fromFile, schemaFor(provider, from));
      args.push("--from-schema-datamodel", fromFile);
    }
    const run = spawnSync(path.join(root, "node_modules/.bin/prisma"), args, { cwd: root, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`prisma migrate diff failed:\n${run.stdout}\n${run.stderr}`);
    const sql = fs.readFileSync(path.join(tmp, "out.sql"), "utf8");
    return /^\s*-- This is an empty migration\.\s*$/.test(sql) ? "" : sql;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
