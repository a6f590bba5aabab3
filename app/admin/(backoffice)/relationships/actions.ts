"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { createRelationship, deleteRelationship, updateRelationship } from "@/lib/relationships";

export async function createRelationshipAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createRelationship(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  revalidatePath("/admin/relationships");
  redirect(`/admin/relationships/${result.data.id}?created=1`);
}

export async function updateRelationshipAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateRelationship(nestValues(values), await currentActor());
  if (result.ok) {
    revalidatePath("/admin/relationships");
    revalidatePath(`/admin/relationships/${result.data.id}`);
  }
  return formStateOf(result, values);
}

/** The confirmed delete: a plain form, so it works without JavaScript; a refusal is shown on the page. */
export async function deleteRelationshipAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const result = await deleteRelationship({ id, version: form.get("version") }, await currentActor());
  if (!result.ok) {
    if (result.formError === "forbidden") redirect("/admin/forbidden");
    redirect(`/admin/relationships/${encodeURIComponent(id)}?error=${result.formError ?? "invalid"}`);
  }
  revalidatePath("/admin/relationships");
  redirect(`/admin/relationships?deleted=1&organizationId=${encodeURIComponent(result.data.fromId)}`);
}
