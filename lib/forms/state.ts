// What a back-office form learns from a save: passed from server actions to the form component.
import type { MutationResult } from "../mutation/mutate";
import type { FieldErrors } from "../mutation/errors";
import type { FormValues } from "./values";

export type FormState = {
  status: "idle" | "saved" | "failed";
  /** a key of admin.form.errors, e.g. "conflict" or "forbidden" */
  message?: string;
  fieldErrors?: FieldErrors;
  /** what the user submitted, to put back into the fields after a refused save */
  values?: FormValues;
  /** the record as it is now, after someone else saved it meanwhile */
  conflict?: { version: number; current: FormValues };
  version?: number;
};

export const idleForm: FormState = { status: "idle" };

export function formStateOf<T>(
  result: MutationResult<T>,
  values: FormValues,
  describe?: (current: Record<string, unknown>) => FormValues,
): FormState {
  if (result.ok) {
    const version = (result.data as { version?: unknown } | null)?.version;
    return { status: "saved", ...(typeof version === "number" ? { version } : {}) };
  }
  return {
    status: "failed",
    message: result.formError ?? "invalid",
    fieldErrors: result.fieldErrors,
    values,
    ...(result.conflict
      ? { conflict: { version: result.conflict.version, current: describe ? describe(result.conflict.current) : (result.conflict.current as FormValues) } }
      : {}),
  };
}
