"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { restoreVersion } from "@/lib/audit/history";

/** Restores the version the form names; a refusal goes back to the preview, which says why. */
export async function restoreVersionAction(form: FormData): Promise<void> {
  const entryId = String(form.get("entryId") ?? "");
  const back = String(form.get("back") ?? "/admin/audit");
  const side = form.get("side") === "before" ? "before" : "after";
  const result = await restoreVersion({ entryId, side }, await currentActor());
  if (!result.ok) {
    if (result.formError === "forbidden") redirect("/admin/forbidden");
    const fields = Object.keys(result.fieldErrors).join(",");
    redirect(
      `${back.startsWith("/admin/history/") ? back.split("?")[0] : "/admin/audit"}?${side === "before" ? "side=before&" : ""}error=${result.formError ?? "invalid"}${fields ? `&fields=${encodeURIComponent(fields)}` : ""}`,
    );
  }
  const { kind, id } = result.data;
  revalidatePath(kind.editHref(id));
  redirect(`/admin/history/${kind.segment}/${encodeURIComponent(id)}?restored=1`);
}
