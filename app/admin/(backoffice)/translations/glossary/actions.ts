"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused, runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createGlossaryEntry, deleteGlossaryEntry, updateGlossaryEntry } from "@/lib/translations/glossary";

const LIST = "/admin/translations/glossary";

export async function createGlossaryAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createGlossaryEntry, () => {
    revalidatePath(LIST);
    redirect(`${LIST}?added=1`);
  });
}

export async function updateGlossaryAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateGlossaryEntry, ({ id }) => {
    revalidatePath(LIST);
    revalidatePath(`${LIST}/${id}`);
  });
}

export async function deleteGlossaryAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const result = await deleteGlossaryEntry({ id, version: form.get("version") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, `${LIST}/${encodeURIComponent(id)}`);
  revalidatePath(LIST);
  redirect(`${LIST}?deleted=1`);
}
