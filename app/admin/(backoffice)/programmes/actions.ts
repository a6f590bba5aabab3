"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { updateProgramme } from "@/lib/programmes/editing";

export async function updateProgrammeAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateProgramme(nestValues(values), await currentActor());
  if (result.ok) revalidatePath(`/admin/programmes/${result.data.id}`);
  return formStateOf(result, values);
}
