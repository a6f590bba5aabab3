"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/editing";
import { verifyOrganisation } from "@/lib/review/due";

export async function createOrganisationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createOrganisation, ({ id }) => redirect(`/admin/organisations/${id}?created=1`));
}

export async function updateOrganisationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateOrganisation, ({ id }) => revalidatePath(`/admin/organisations/${id}`));
}

export async function verifyOrganisationAction(form: FormData): Promise<void> {
  const result = await verifyOrganisation({ id: form.get("id") }, await currentActor());
  if (!result.ok) redirect("/admin/forbidden");
  revalidatePath("/admin/review");
  revalidatePath(`/admin/organisations/${String(form.get("id"))}`);
}
