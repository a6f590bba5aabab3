"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import { createUser, updateUser } from "@/lib/users/editing";

// A refused save puts the input back into the form, but never a password: it is typed again.
const withoutPassword = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => name !== "password"));

export async function createUserAction(_state: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, createUser, ({ id }) => redirect(`/admin/users/${id}?created=1`), {
    refill: withoutPassword,
  });
}

export async function updateUserAction(_state: FormState, form: FormData): Promise<FormState> {
  const saved = ({ id }: { id: string }) => {
    revalidatePath(`/admin/users/${id}`);
    revalidatePath("/admin/users");
  };
  return runFormAction(form, updateUser, saved, { refill: withoutPassword });
}
