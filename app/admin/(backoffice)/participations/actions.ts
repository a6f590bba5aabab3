"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused, runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createParticipation, deleteParticipation, updateParticipation } from "@/lib/programmes/participations";

export async function createParticipationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createParticipation, ({ id }) => redirect(`/admin/participations/${id}?created=1`));
}

export async function updateParticipationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateParticipation, ({ id }) => revalidatePath(`/admin/participations/${id}`));
}

/** The second step of removing: only a submit that says confirm=yes deletes; anything else asks first. */
export async function deleteParticipationAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const page = `/admin/participations/${encodeURIComponent(id)}`;
  if (form.get("confirm") !== "yes") redirect(`${page}?delete=1#delete`);
  const result = await deleteParticipation({ id, version: form.get("version") }, await currentActor());
  if (!result.ok) {
    if (result.formError === "not_found") redirect("/admin/programmes");
    deleteRefused(result.formError, page, "#delete");
  }
  revalidatePath(`/admin/programmes/${result.data.programmeId}`);
  redirect(`/admin/programmes/${result.data.programmeId}?removed=1#participations`);
}
