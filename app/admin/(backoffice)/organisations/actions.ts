"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/editing";
import { verifyOrganisation } from "@/lib/review";

export async function createOrganisationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createOrganisation(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  redirect(`/admin/organisations/${result.data.id}?created=1`);
}

export async function updateOrganisationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateOrganisation(nestValues(values), await currentActor());
  if (result.ok) revalidatePath(`/admin/organisations/${result.data.id}`);
  return formStateOf(result, values);
}

export async function verifyOrganisationAction(form: FormData): Promise<void> {
  const result = await verifyOrganisation({ id: form.get("id") }, await currentActor());
  if (!result.ok) redirect("/admin/forbidden");
  revalidatePath("/admin/review");
  revalidatePath(`/admin/organisations/${String(form.get("id"))}`);
}
