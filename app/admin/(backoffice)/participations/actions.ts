"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { createParticipation, deleteParticipation, updateParticipation } from "@/lib/programmes/participations";

export async function createParticipationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createParticipation(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  redirect(`/admin/participations/${result.data.id}?created=1`);
}

export async function updateParticipationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateParticipation(nestValues(values), await currentActor());
  if (result.ok) revalidatePath(`/admin/participations/${result.data.id}`);
  return formStateOf(result, values);
}

/** The second step of removing: only a submit that says confirm=yes deletes; anything else asks first. */
export async function deleteParticipationAction(form: FormData): Promise<void> {
  const id = String(form.get("id") ?? "");
  const page = `/admin/participations/${encodeURIComponent(id)}`;
  if (form.get("confirm") !== "yes") redirect(`${page}?delete=1#delete`);
  const result = await deleteParticipation({ id, version: form.get("version") }, await currentActor());
  if (!result.ok) {
    if (result.formError === "forbidden") redirect("/admin/forbidden");
    if (result.formError === "not_found") redirect("/admin/programmes");
    redirect(`${page}?error=${result.formError ?? "invalid"}#delete`);
  }
  revalidatePath(`/admin/programmes/${result.data.programmeId}`);
  redirect(`/admin/programmes/${result.data.programmeId}?removed=1#participations`);
}
