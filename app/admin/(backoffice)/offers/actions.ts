"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { createOffer, updateOffer } from "@/lib/offers/editing";
import { verifyOffer } from "@/lib/review/due";

export async function createOfferAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createOffer, ({ id }) => redirect(`/admin/offers/${id}?created=1`));
}

export async function updateOfferAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateOffer, ({ id }) => revalidatePath(`/admin/offers/${id}`));
}

export async function verifyOfferAction(form: FormData): Promise<void> {
  const result = await verifyOffer({ id: form.get("id") }, await currentActor());
  if (!result.ok) redirect("/admin/forbidden");
  revalidatePath("/admin/review");
  revalidatePath(`/admin/offers/${String(form.get("id"))}`);
}
