"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { startBulkJob } from "@/lib/bulk/queue";
import { wakeBulkRunner } from "@/lib/bulk/runner";
import type { BulkState } from "@/lib/bulk/state";

export async function startBulkAction(_state: BulkState, form: FormData): Promise<BulkState> {
  const filter = Object.fromEntries(
    [...form.entries()]
      .filter(([key, value]) => key.startsWith("filter.") && typeof value === "string")
      .map(([key, value]) => [key.slice("filter.".length), value as string]),
  );
  const assignee = form.get("assigneeId");
  const started = await startBulkJob(
    {
      list: form.get("list"),
      action: form.get("action") || undefined,
      scope: form.get("scope") ?? "selected",
      keys: form.getAll("keys").filter((k) => typeof k === "string"),
      filter,
      ...(typeof assignee === "string" ? { assigneeId: assignee } : {}),
    },
    await currentActor(),
  );
  if (!started.ok) return { status: "failed", message: started.error };
  wakeBulkRunner();
  redirect(`/admin/bulk/${started.id}`);
}
