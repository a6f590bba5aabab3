"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import { returnAddress, returnWithChoice } from "@/lib/forms/return-to";
import type { FormState } from "@/lib/forms/state";
import { geocode } from "@/lib/geo/geocoder";
import { createLocation, updateLocation } from "@/lib/locations/editing";

export async function createLocationAction(_state: FormState, form: FormData): Promise<FormState> {
  // Created for the offer being edited: back to it, with the new location chosen.
  const back = returnAddress(form.get("back"));
  return runFormAction(form, createLocation, ({ id }) =>
    redirect(back ? returnWithChoice(back, "locations", id) : `/admin/locations/${id}?created=1`),
  );
}

export async function updateLocationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateLocation, ({ id }) => revalidatePath(`/admin/locations/${id}`));
}

/** Looks an address up for the pin picker; only for signed-in users, so the geocoder is not open to all. */
export async function geocodeAction(address: string) {
  if (!(await currentActor())) return null;
  return geocode(String(address));
}
