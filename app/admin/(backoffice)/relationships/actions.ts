"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused, runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createRelationship, deleteRelationship, updateRelationship } from "@/lib/relationships/editing";

export async function createRelationshipAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createRelationship, ({ id }) => {
    revalidatePath("/admin/relationships");
    redirect(`/admin/relationships/${id}?created=1`);
  });
}

export async function updateRelationshipAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateRelationship, ({ id }) => {
    revalidatePath("/admin/relationships");
    revalidatePath(`/admin/relationships/${id}`);
  });
}

/** The confirmed delete: a plain form, so it works without JavaScript; a refusal is shown on the page. */
export async function deleteRelationshipAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const result = await deleteRelationship({ id, version: form.get("version") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, `/admin/relationships/${encodeURIComponent(id)}`);
  revalidatePath("/admin/relationships");
  redirect(`/admin/relationships?deleted=1&organizationId=${encodeURIComponent(result.data.fromId)}`);
}
