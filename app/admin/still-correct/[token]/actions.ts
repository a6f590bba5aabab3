"use server";
import { redirect } from "next/navigation";
import { answerFreshnessLink } from "@/lib/freshness/confirm";

export async function answerStillCorrect(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const answer = await answerFreshnessLink({ token, offerIds: form.getAll("offerId").map(String) });
  const outcome = answer.ok ? (answer.already ? "already" : "confirmed") : answer.reason;
  redirect(`/admin/still-correct/${encodeURIComponent(token)}?answer=${outcome}`);
}
