"use server";
import { currentActor } from "@/lib/auth/session";
import type { ImportFormState } from "@/lib/hsds/import/answer";
import { enqueueImport, hashOf, importJobView } from "@/lib/hsds/import/job/queue";
import { wakeImportRunner } from "@/lib/hsds/import/job/runner";
import { decodeUpload, MAX_IMPORT_BYTES } from "@/lib/hsds/import/run";

async function readUpload(form: FormData): Promise<{ name: string; text: string } | ImportFormState> {
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) return { status: "failed", message: "noFile" };
  // Refused before a byte of it is decoded or parsed.
  if (upload.size > MAX_IMPORT_BYTES) return { status: "failed", message: "tooLarge" };
  return { name: upload.name, text: decodeUpload(new Uint8Array(await upload.arrayBuffer())) };
}

/**
 * Both steps in one action, so that the page shows whichever came last. Each queues a job and
 * answers at once; the page follows the job (jobs/[id]/route.ts). "Import now" sends the checked
 * file again with the fingerprint of the dry run: a file changed in between is not imported unchecked.
 */
export async function importAction(_state: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await currentActor();
  const file = await readUpload(form);
  if ("status" in file) return file;
  const apply = form.get("intent") === "apply";
  if (apply && form.get("checkedHash") !== hashOf(file.text)) return { status: "failed", message: "changed" };
  const enqueued = await enqueueImport(file, actor, !apply);
  if (!enqueued.ok) return { status: "failed", message: enqueued.formError };
  wakeImportRunner();
  const job = await importJobView(enqueued.id, actor);
  return { status: "saved", ...(job ? { data: { job } } : {}) };
}
