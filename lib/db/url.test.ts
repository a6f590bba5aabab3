import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDatabase } from "./url";

describe("resolveDatabase", () => {
  it("uses the embedded SQLite file when nothing is configured", () => {
    expect(resolveDatabase(undefined)).toEqual({ kind: "sqlite", file: path.resolve("data/wegweiser.db") });
    expect(resolveDatabase("  ")).toEqual({ kind: "sqlite", file: path.resolve("data/wegweiser.db") });
  });

  it("accepts relative and absolute SQLite files", () => {
    expect(resolveDatabase("file:./x/y.db")).toEqual({ kind: "sqlite", file: path.resolve("x/y.db") });
    expect(resolveDatabase("file:/tmp/a.db")).toEqual({ kind: "sqlite", file: "/tmp/a.db" });
  });

  it("recognises PostgreSQL URLs in both spellings", () => {
    expect(resolveDatabase("postgresql://u@h:5432/db").kind).toBe("postgresql");
    expect(resolveDatabase("postgres://u@h/db").kind).toBe("postgresql");
  });

  it("names the problem when the kind is unknown, without echoing credentials", () => {
    expect(() => resolveDatabase("mysql://root:secret@localhost/db")).toThrow(
      /DATABASE_URL must start with "file:" \(SQLite\) or "postgresql:\/\/" \(PostgreSQL\); got "mysql:…"/,
    );
    expect(() => resolveDatabase("mysql://root:secret@localhost/db")).not.toThrow(/secret/);
  });
});
