"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/editing";
import { mergeOrganisations } from "@/lib/organisations/merge";
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

export async function mergeOrganisationAction(form: FormData): Promise<void> {
  const input = Object.fromEntries(
    ["sourceId", "targetId", "sourceVersion", "targetVersion"].map((k) => [k, form.get(k)]),
  );
  const result = await mergeOrganisations(input, await currentActor());
  const { sourceId, targetId } = input as Record<string, string>;
  if (!result.ok) {
    if (result.formError === "forbidden") redirect("/admin/forbidden");
    redirect(`/admin/organisations/${sourceId}/merge?into=${targetId}&error=${result.formError ?? "invalid"}`);
  }
  revalidatePath(`/admin/organisations/${targetId}`);
  redirect(`/admin/organisations/${targetId}?merged=${sourceId}`);
}
