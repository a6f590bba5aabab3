"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused, runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { addSynonym, deleteSynonym } from "@/lib/search/synonyms";

export async function addSynonymAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, addSynonym, () => revalidatePath("/admin/synonyms"));
}

/** A plain form per word, so that deleting works without JavaScript. */
export async function deleteSynonymAction(form: FormData): Promise<void> {
  const result = await deleteSynonym({ id: String(form.get("id") ?? "") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, "/admin/synonyms");
  revalidatePath("/admin/synonyms");
  redirect("/admin/synonyms?deleted=1");
}
