// `npm run db:check` (run in CI): fails when the PostgreSQL schema or either migration folder has
// fallen behind prisma/schema.prisma.
import fs from "node:fs";
import { diffSql, postgresSchemaPath, providers, type Provider, snapshotPath, sqliteSchemaPath, toPostgres } from "./schemas";

const source = fs.readFileSync(sqliteSchemaPath, "utf8");
const problems: string[] = [];

if (!fs.existsSync(postgresSchemaPath) || fs.readFileSync(postgresSchemaPath, "utf8") !== toPostgres(source)) {
  problems.push("prisma/postgresql/schema.prisma is out of date: run `npm run db:schema`");
}

if (!fs.existsSync(snapshotPath)) {
  problems.push("no migrations yet: run `npm run db:migration -- init`");
} else {
  const snapshot = fs.readFileSync(snapshotPath, "utf8");
  for (const provider of Object.keys(providers) as Provider[]) {
    if (diffSql(provider, snapshot, source)) {
      problems.push(`the ${provider} migrations miss schema changes: run \`npm run db:migration -- <name>\``);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log("✓ PostgreSQL schema and both migration folders match prisma/schema.prisma");
