"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { sendFreshnessRequestsNow } from "@/lib/freshness/overview";
import { AppError } from "@/lib/mutation/mutate";

export async function sendFreshnessNow(): Promise<void> {
  let query: string;
  try {
    const report = await sendFreshnessRequestsNow(await currentActor());
    query = `freshness=sent&sent=${report.sent}&asked=${report.alreadyAsked}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    query = "freshness=refused";
  }
  redirect(`/admin/review/partners?${query}`);
}
