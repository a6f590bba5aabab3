// `npm run db:migration -- <name>`: writes one migration per database for the change between the
// schema snapshot (what the existing migrations produce) and prisma/schema.prisma.
// `prisma migrate dev` cannot run with driver adapters, hence this.
import fs from "node:fs";
import path from "node:path";
import { diffSql, providers, type Provider, snapshotPath, sqliteSchemaPath } from "./schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name in snake_case>");
  process.exit(1);
}

const current = fs.readFileSync(sqliteSchemaPath, "utf8");
const previous = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, "utf8") : null;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
let wrote = false;

for (const provider of Object.keys(providers) as Provider[]) {
  const sql = diffSql(provider, previous, current);
  if (!sql) continue;
  const dir = path.join(providers[provider].migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(providers[provider].migrations, "migration_lock.toml");
  fs.writeFileSync(lock, `# Written by npm run db:migration\nprovider = "${provider}"\n`);
  console.log(`wrote ${path.relative(process.cwd(), dir)}`);
  wrote = true;
}

if (wrote) fs.writeFileSync(snapshotPath, current);
else console.log("schema unchanged: no migration written");
