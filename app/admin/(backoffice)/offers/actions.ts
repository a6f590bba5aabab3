"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { createOffer, updateOffer } from "@/lib/offers/editing";
import { verifyOffer } from "@/lib/review";

export async function createOfferAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createOffer(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  redirect(`/admin/offers/${result.data.id}?created=1`);
}

export async function updateOfferAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateOffer(nestValues(values), await currentActor());
  if (result.ok) revalidatePath(`/admin/offers/${result.data.id}`);
  return formStateOf(result, values);
}

export async function verifyOfferAction(form: FormData): Promise<void> {
  const result = await verifyOffer({ id: form.get("id") }, await currentActor());
  if (!result.ok) redirect("/admin/forbidden");
  revalidatePath("/admin/review");
  revalidatePath(`/admin/offers/${String(form.get("id"))}`);
}
