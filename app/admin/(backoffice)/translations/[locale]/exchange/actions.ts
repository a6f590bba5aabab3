"use server";
import { currentActor } from "@/lib/auth/session";
import { hashOf } from "@/lib/hsds/import/job/queue";
import { MAX_IMPORT_BYTES } from "@/lib/hsds/import/limits";
import { decodeUpload } from "@/lib/hsds/import/run";
import type { ExchangeFormState } from "@/lib/translations/exchange/answer";
import { applyExchange, checkExchange } from "@/lib/translations/exchange/import";

/**
 * The dry run and the import in one action, so that the page shows whichever came last. "Import
 * now" sends the checked file again with the fingerprint of its dry run: a file changed in between
 * is not imported unchecked.
 */
export async function exchangeAction(
  locale: string,
  _state: ExchangeFormState,
  form: FormData,
): Promise<ExchangeFormState> {
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) return { status: "failed", message: "noFile" };
  if (upload.size > MAX_IMPORT_BYTES) return { status: "failed", message: "tooLarge" };
  const file = { name: upload.name, text: decodeUpload(new Uint8Array(await upload.arrayBuffer())) };
  const apply = form.get("intent") === "apply";
  const hash = hashOf(file.text);
  if (apply && form.get("checkedHash") !== hash) return { status: "failed", message: "changed" };
  const actor = await currentActor();
  const outcome = apply ? await applyExchange(file, locale, actor) : await checkExchange(file, locale, actor);
  if (!outcome.ok)
    return {
      status: "failed",
      message: outcome.formError,
      ...(outcome.report ? { data: { report: outcome.report } } : {}),
    };
  const { counts, fileErrors, applied } = outcome.data;
  const ready = !applied && fileErrors.length === 0 && counts.reject === 0 && counts.create + counts.update > 0;
  return { status: "saved", data: { report: outcome.data, ...(ready ? { checkedHash: hash } : {}) } };
}
