"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused, runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createTerm, deleteTerm, updateTerm } from "@/lib/taxonomy/editing";

export async function createTermAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createTerm, ({ id }) => {
    revalidatePath("/admin/taxonomy");
    redirect(`/admin/taxonomy/${id}?created=1`);
  });
}

export async function updateTermAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateTerm, ({ id }) => {
    revalidatePath("/admin/taxonomy");
    revalidatePath(`/admin/taxonomy/${id}`);
  });
}

/** The confirmed delete: a plain form, so it works without JavaScript; a refusal is shown on the page. */
export async function deleteTermAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const result = await deleteTerm({ id }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, `/admin/taxonomy/${encodeURIComponent(id)}`);
  revalidatePath("/admin/taxonomy");
  redirect("/admin/taxonomy?deleted=1");
}
