"use server";
import { revalidatePath } from "next/cache";
import { updateDistrictFigures } from "@/lib/coverage/populations";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";

export async function updateDistrictFiguresAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateDistrictFigures, () => {
    revalidatePath("/admin/coverage");
    revalidatePath("/admin/coverage/districts");
  });
}
