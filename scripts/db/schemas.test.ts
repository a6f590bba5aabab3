import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sqliteSchemaPath, toPostgres } from "./schemas";

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
