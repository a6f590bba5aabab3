"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused } from "@/lib/forms/action";
import { formStateOf, type FormState } from "@/lib/forms/state";
import { deleteReplyTemplate, saveReplyTemplate } from "@/lib/inquiries/reply-templates";

export async function saveTemplate(form: FormData): Promise<FormState> {
  const result = await saveReplyTemplate(Object.fromEntries(form), await currentActor());
  if (result.ok) revalidatePath("/admin/inquiries/templates");
  return formStateOf(result, {});
}

export async function deleteTemplate(form: FormData): Promise<void> {
  const result = await deleteReplyTemplate({ id: form.get("id") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, "/admin/inquiries/templates");
  revalidatePath("/admin/inquiries/templates");
  redirect("/admin/inquiries/templates?deleted=1");
}
