"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { updateDistrictFigures } from "@/lib/coverage/populations";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues, type FormValues } from "@/lib/forms/values";

// Every district's form sits on one page, so its fields are named "<code>.population": the ids
// stay unique. The district's own module knows them without the prefix.
const prefixed = <T>(code: string, entries: Record<string, T>) =>
  Object.fromEntries(Object.entries(entries).map(([name, value]) => [`${code}.${name}`, value]));

export async function updateDistrictFiguresAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const code = String(values.code ?? "");
  const nested = nestValues(values);
  const fields = (nested[code] ?? {}) as Record<string, unknown>;
  const result = await updateDistrictFigures(
    { id: nested.id, version: nested.version, ...fields },
    await currentActor(),
  );
  if (result.ok) {
    revalidatePath("/admin/coverage");
    revalidatePath("/admin/coverage/districts");
  }
  const named = result.ok ? result : { ...result, fieldErrors: prefixed(code, result.fieldErrors) };
  return formStateOf(named, values, (current) => prefixed(code, current as FormValues));
}
