import "server-only";
// What every back-office form action does: read the submitted fields, save them as the signed-in
// user and answer the form. Only what follows a save (where to go, what to refresh) differs.
import { redirect } from "next/navigation";
import type { Actor } from "../auth/policy";
import { currentActor } from "../auth/session";
import type { MutationResult } from "../mutation/mutate";
import { formStateOf, type FormState } from "./state";
import { formValues, nestValues, type FormValues } from "./values";

type Save<T> = (input: unknown, actor: Actor) => Promise<MutationResult<T>>;

type Options = {
  /** what of the input goes back into the form after a refused save (never a password) */
  refill?: (values: FormValues) => FormValues;
};

export async function runFormAction<T>(
  form: FormData,
  save: Save<T>,
  saved?: (data: T) => void,
  { refill = (values) => values }: Options = {},
): Promise<FormState> {
  const values = formValues(form);
  const result = await save(nestValues(values), await currentActor());
  if (result.ok) saved?.(result.data);
  return formStateOf(result, refill(values));
}

/**
 * Where a refused delete goes: to the 403 page when the user may not delete, else back to the
 * record's page, which says why.
 */
export function deleteRefused(formError: string | undefined, page: string, anchor = ""): never {
  if (formError === "forbidden") redirect("/admin/forbidden");
  redirect(`${page}?error=${formError ?? "invalid"}${anchor}`);
}
