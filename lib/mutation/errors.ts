import type { z } from "zod";
import type { Twin } from "../duplicates/twin";

export type FieldErrors = Record<string, string[]>;

/**
 * Zod issues as field → message keys (the first problem per field); the page translates them.
 * The field is the issue's path as the form names it ("translations.ar.title"); an item of a
 * list (a checked box) counts for the list.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    while (path.length > 1 && /^\d+$/.test(path[path.length - 1]!)) path.pop();
    const field = path.join(".") || "_form";
    if (!out[field]) out[field] = [issue.message];
  }
  return out;
}

/** What a refused save learns about the record as it is now, so the form can show what changed. */
export type Conflict = { version: number; current: Record<string, unknown> };

export type MutationResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: Conflict; twins?: Twin[] };

export class AppError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CONFLICT" | "RATE_LIMITED" | "IN_USE" | "DUPLICATE",
    message: string = code,
    readonly conflict?: Conflict,
  ) {
    super(message);
  }
}

/** A problem with one field that only the database can see (a loop, a taken name). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly key: string,
  ) {
    super(`${field}: ${key}`);
  }
}
