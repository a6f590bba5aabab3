import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, sqliteSchemaPath, toPostgres } from "./schemas";

describe("toPostgres", () => {
  const source = fs.readFileSync(sqliteSchemaPath, "utf8");

  it("rewrites provider, url and client output and nothing else", () => {
    const pg = toPostgres(source);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../generated/pg"');
    expect(pg).not.toContain('"sqlite"');
    expect(pg.split("\n").filter((l) => l.startsWith("model ")).length).toBe(
      source.split("\n").filter((l) => l.startsWith("model ")).length,
    );
  });

  it("refuses a source it no longer understands instead of writing a wrong schema", () => {
    expect(() => toPostgres(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no longer matches/);
  });
});

describe("migrations", () => {
  // Prisma's driver-adapter runner splits scripts at semicolons, even inside comments: a ";" in a
  // comment cuts a statement in two and the migration fails on PostgreSQL.
  it("have no semicolons inside comments", () => {
    const dirs = [path.join(root, "prisma/migrations"), path.join(root, "prisma/postgresql/migrations")];
    const offending = dirs.flatMap((dir) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => {
          const file = path.join(dir, d.name, "migration.sql");
          return fs
            .readFileSync(file, "utf8")
            .split("\n")
            .filter((line) => /--.*;/.test(line))
            .map((line) => `${path.relative(root, file)}: ${line.trim()}`);
        }),
    );
    expect(offending).toEqual([]);
  });
});
