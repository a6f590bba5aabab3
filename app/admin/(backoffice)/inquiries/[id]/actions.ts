"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { addInquiryNote, updateInquiry } from "@/lib/inquiries/backoffice";

export type BackofficeFormState = { status: "idle" | "saved" | "failed"; message?: string; fieldErrors?: Record<string, string[]> };

export async function saveInquiry(_state: BackofficeFormState, form: FormData): Promise<BackofficeFormState> {
  const result = await updateInquiry(Object.fromEntries(form), await currentActor());
  revalidatePath(`/admin/inquiries/${form.get("id")}`);
  return result.ok ? { status: "saved" } : { status: "failed", message: result.formError ?? "invalid", fieldErrors: result.fieldErrors };
}

export async function saveNote(_state: BackofficeFormState, form: FormData): Promise<BackofficeFormState> {
  const result = await addInquiryNote(Object.fromEntries(form), await currentActor());
  revalidatePath(`/admin/inquiries/${form.get("id")}`);
  return result.ok ? { status: "saved" } : { status: "failed", message: result.formError ?? "invalid", fieldErrors: result.fieldErrors };
}
