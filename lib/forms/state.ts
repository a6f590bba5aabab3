// What a form learns from its action, for every form of the app: back-office editors, the import,
// the inquiry form. Passed from server actions to the form component, so it lives here and not
// beside an action: components never import from app/.
import type { MutationResult } from "../mutation/mutate";
import type { FieldErrors } from "../mutation/errors";
import type { FormValues } from "./values";
import type { Twin } from "../duplicates/twin";

export type FormState<Data = never> = {
  status: "idle" | "saved" | "failed";
  /** a key of the form's error messages, e.g. "conflict" or "forbidden" */
  message?: string;
  fieldErrors?: FieldErrors;
  /**
   * After a refused save: what the user submitted, to put back into the fields. After a save: the
   * record as stored, which the form shows from then on (React resets a form after its action, and
   * the page it was opened with may be older than the save).
   */
  values?: FormValues;
  /** the record as it is now, after someone else saved it meanwhile */
  conflict?: { version: number; current: FormValues };
  /** likely twins of the record being created; saving again with "save anyway" ticked creates it */
  twins?: Twin[];
  /** the version the form's next save must name */
  version?: number;
  /** what else an action answers with, e.g. an import's report */
  data?: Data;
};

export const idleForm: FormState = { status: "idle" };

type SavedData = { version?: unknown; values?: unknown } | null | undefined;

export function formStateOf<T>(
  result: MutationResult<T>,
  values: FormValues,
  describe?: (current: Record<string, unknown>) => FormValues,
): FormState {
  if (result.ok) {
    const { version, values: stored } = (result.data ?? {}) as NonNullable<SavedData>;
    return {
      status: "saved",
      ...(typeof version === "number" ? { version } : {}),
      ...(stored && typeof stored === "object" ? { values: stored as FormValues } : {}),
    };
  }
  return {
    status: "failed",
    message: result.formError ?? "invalid",
    fieldErrors: result.fieldErrors,
    values,
    ...(result.twins?.length ? { twins: result.twins } : {}),
    ...(result.conflict
      ? {
          conflict: {
            version: result.conflict.version,
            current: describe ? describe(result.conflict.current) : (result.conflict.current as FormValues),
          },
        }
      : {}),
  };
}
