// "Contains, ignoring case" for back-office filters. SQLite's LIKE already ignores ASCII case;
// PostgreSQL needs to be told, and SQLite refuses the option.
import { dbKind } from ".";

export function contains(text: string): { contains: string; mode?: "insensitive" } {
  return dbKind === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text };
}
