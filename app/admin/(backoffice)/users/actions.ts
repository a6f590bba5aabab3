"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues, type FormValues } from "@/lib/forms/values";
import { createUser, updateUser } from "@/lib/users";

// A refused save puts the input back into the form, but never a password: it is typed again.
const withoutPassword = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => name !== "password"));

export async function createUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createUser(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, withoutPassword(values));
  redirect(`/admin/users/${result.data.id}?created=1`);
}

export async function updateUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateUser(nestValues(values), await currentActor());
  if (result.ok) {
    revalidatePath(`/admin/users/${result.data.id}`);
    revalidatePath("/admin/users");
  }
  return formStateOf(result, withoutPassword(values));
}
