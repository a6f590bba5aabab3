"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { resendMail } from "@/lib/mail/outbox";

// The pages that list undelivered mail; anything else sent as "back" lands on the overview.
const pages = ["/admin", "/admin/inquiries"];

export async function resendNotification(form: FormData): Promise<void> {
  const result = await resendMail({ id: form.get("id") }, await currentActor());
  const back = pages.find((page) => page === form.get("back")) ?? "/admin";
  for (const page of pages) revalidatePath(page);
  redirect(`${back}?mail=${result.ok ? "queued" : "refused"}`);
}
