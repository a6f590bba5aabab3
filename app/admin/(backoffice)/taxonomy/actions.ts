"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { createTerm, deleteTerm, updateTerm } from "@/lib/taxonomy/editing";

export async function createTermAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createTerm(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  revalidatePath("/admin/taxonomy");
  redirect(`/admin/taxonomy/${result.data.id}?created=1`);
}

export async function updateTermAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateTerm(nestValues(values), await currentActor());
  if (result.ok) {
    revalidatePath("/admin/taxonomy");
    revalidatePath(`/admin/taxonomy/${result.data.id}`);
  }
  return formStateOf(result, values);
}

/** The confirmed delete: a plain form, so it works without JavaScript; a refusal is shown on the page. */
export async function deleteTermAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const result = await deleteTerm({ id }, await currentActor());
  if (!result.ok) {
    if (result.formError === "forbidden") redirect("/admin/forbidden");
    redirect(`/admin/taxonomy/${encodeURIComponent(id)}?error=${result.formError ?? "invalid"}`);
  }
  revalidatePath("/admin/taxonomy");
  redirect("/admin/taxonomy?deleted=1");
}
