// Prisma CLI configuration (migrate deploy, generate). The app itself never loads this file.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./lib/db/url";

const target = resolveDatabase();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.kind === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma",
  // Each database has its own migrations; name the folder, or the CLI takes prisma/migrations.
  migrations: { path: target.kind === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations" },
  async adapter() {
    if (target.kind === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url: `file:${target.file}` });
    }
    // prisma/orm#27403: @prisma/adapter-pg cannot deserialise PostgreSQL's `name` type (oid 19),
    // which `migrate deploy` reads from the catalogue. Reporting it as `text` (oid 25) is exact
    // for the CLI's purposes; this file is loaded only by the CLI, so the app is unaffected.
    const { Result } = (await import("pg")).default as unknown as {
      Result: { prototype: { addFields(fields: Array<{ dataTypeID: number }>): void } };
    };
    const addFields = Result.prototype.addFields;
    Result.prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
      for (const field of fields) if (field.dataTypeID === 19) field.dataTypeID = 25;
      return addFields.call(this, fields);
    };
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: target.url });
  },
});
