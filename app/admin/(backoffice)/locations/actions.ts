"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { formValues, nestValues } from "@/lib/forms/values";
import { geocode } from "@/lib/geo/geocoder";
import { createLocation, updateLocation } from "@/lib/locations/editing";

export async function createLocationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await createLocation(nestValues(values), await currentActor());
  if (!result.ok) return formStateOf(result, values);
  redirect(`/admin/locations/${result.data.id}?created=1`);
}

export async function updateLocationAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const result = await updateLocation(nestValues(values), await currentActor());
  if (result.ok) revalidatePath(`/admin/locations/${result.data.id}`);
  return formStateOf(result, values);
}

/** Looks an address up for the pin picker; only for signed-in users, so the geocoder is not open to all. */
export async function geocodeAction(address: string) {
  if (!(await currentActor())) return null;
  return geocode(String(address));
}
