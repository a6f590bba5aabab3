"use server";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { updateProgramme } from "@/lib/programmes/editing";

export async function updateProgrammeAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateProgramme, ({ id }) => revalidatePath(`/admin/programmes/${id}`));
}
