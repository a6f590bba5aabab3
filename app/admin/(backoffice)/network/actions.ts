"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SaveViewInput, SaveViewResult } from "@/components/admin/network/network-save-form";
import { currentActor } from "@/lib/auth/session";
import { deleteRefused } from "@/lib/forms/action";
import { deleteNetworkView, getNetworkView, saveNetworkView } from "@/lib/network/saved-views";
import { shareNetworkView, stopSharingNetworkView } from "@/lib/network/share";

export async function saveNetworkViewAction(input: SaveViewInput): Promise<SaveViewResult> {
  const result = await saveNetworkView(input, await currentActor());
  if (!result.ok) return { ok: false, error: Object.keys(result.fieldErrors)[0] ?? result.formError ?? "invalid" };
  revalidatePath("/admin/network");
  return { ok: true, name: result.data.name, href: result.data.href };
}

/** A plain form per view, so that deleting works without JavaScript. */
export async function deleteNetworkViewAction(form: FormData): Promise<void> {
  const result = await deleteNetworkView({ id: String(form.get("id") ?? "") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, "/admin/network");
  revalidatePath("/admin/network");
  redirect(`/admin/network?deleted=${encodeURIComponent(result.data.name)}`);
}

/**
 * Hands out a read-only link for partners. The page reads the link back from the stored view: the
 * address names the view, never the token, so that neither the history nor a referrer carries it.
 */
export async function shareNetworkViewAction(form: FormData): Promise<void> {
  const result = await shareNetworkView(
    { id: String(form.get("id") ?? ""), days: form.get("days") },
    await currentActor(),
  );
  if (!result.ok) deleteRefused(result.formError, "/admin/network");
  revalidatePath("/admin/network");
  // Back to the view that was shared, so that what the page shows (and exports) stays that view.
  const view = await getNetworkView(String(form.get("id") ?? ""));
  const base = view ? `${view.href}&` : "/admin/network?";
  redirect(`${base}shared=${encodeURIComponent(String(form.get("id")))}`);
}

export async function stopSharingNetworkViewAction(form: FormData): Promise<void> {
  const result = await stopSharingNetworkView({ id: String(form.get("id") ?? "") }, await currentActor());
  if (!result.ok) deleteRefused(result.formError, "/admin/network");
  revalidatePath("/admin/network");
  redirect(`/admin/network?unshared=${encodeURIComponent(result.data.name)}`);
}
