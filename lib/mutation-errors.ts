import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** Zod issues as field → message keys (the first problem per field); the page translates them. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (!out[field]) out[field] = [issue.message];
  }
  return out;
}
