"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/state";
import { enqueueBulkTranslation } from "@/lib/translations/jobs/queue";
import { translationJobView } from "@/lib/translations/jobs/read";
import { wakeTranslationRunner } from "@/lib/translations/jobs/runner";
import type { TranslationJobView } from "@/lib/translations/jobs/view";

/** Queues "translate all missing (or outdated) texts into …" and answers with the job to follow. */
export async function startBulkTranslation(_state: FormState<TranslationJobView>, form: FormData): Promise<FormState<TranslationJobView>> {
  const queued = await enqueueBulkTranslation(String(form.get("locale") ?? ""), String(form.get("scope") ?? ""), await currentActor());
  if (!queued.ok) return { status: "failed", message: queued.formError };
  wakeTranslationRunner();
  revalidatePath("/admin/translations/machine");
  const job = await translationJobView(queued.id);
  return job ? { status: "saved", data: job } : { status: "failed", message: "invalid" };
}
