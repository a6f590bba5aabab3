"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { addInquiryNote, updateInquiry } from "@/lib/inquiries/backoffice";
import { sendInquiryReply } from "@/lib/inquiries/reply-templates";

export async function saveInquiry(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, updateInquiry, ({ id }) => revalidatePath(`/admin/inquiries/${id}`));
}

export async function saveNote(_state: FormState, form: FormData): Promise<FormState> {
  const result = await addInquiryNote(Object.fromEntries(form), await currentActor());
  revalidatePath(`/admin/inquiries/${form.get("id")}`);
  return result.ok ? { status: "saved" } : { status: "failed", message: result.formError ?? "invalid", fieldErrors: result.fieldErrors };
}

export async function sendReply(_state: FormState, form: FormData): Promise<FormState> {
  const result = await sendInquiryReply(Object.fromEntries(form), await currentActor());
  revalidatePath(`/admin/inquiries/${form.get("id")}`);
  return result.ok ? { status: "saved" } : { status: "failed", message: result.formError ?? "invalid", fieldErrors: result.fieldErrors };
}
