import type { z } from "zod";

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
