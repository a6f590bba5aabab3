"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { markTranslationReviewed, saveTranslation } from "@/lib/translations/editing";

// The record's page shows the new state (and the queue and counts theirs) on the next request.
const refresh = () => revalidatePath("/admin/translations", "layout");

export async function saveTranslationAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, saveTranslation, refresh);
}

export async function markReviewedAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, markTranslationReviewed, refresh);
}
