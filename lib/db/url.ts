// Which database a DATABASE_URL names. Shared by the app, the Prisma CLI config and the scripts,
// so that all of them agree on the default and fail with the same sentence.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/wegweiser.db";

export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgresql"; url: string };

export function resolveDatabase(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const value = url?.trim() || DEFAULT_DATABASE_URL;
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error(`DATABASE_URL "${value}" names no file; use e.g. ${DEFAULT_DATABASE_URL}`);
    return { kind: "sqlite", file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), file) };
  }
  if (value.startsWith("postgresql://") || value.startsWith("postgres://")) {
    return { kind: "postgresql", url: value };
  }
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${value.split(":")[0]}:…"`,
  );
}
