"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import type { ImportFormState, ShownReport } from "@/lib/hsds/import/answer";
import {
  applyImport,
  decodeUpload,
  MAX_IMPORT_BYTES,
  planImport,
  type ImportOutcome,
  type ImportReport,
} from "@/lib/hsds/import/run";

const SHOWN_ROWS = 1000;

function shown(report: ImportReport): ShownReport {
  const room = Math.max(0, SHOWN_ROWS - report.counts.reject);
  let others = 0;
  const rows = report.rows.filter((row) => row.action === "reject" || others++ < room);
  return { ...report, rows, hiddenRows: report.rows.length - rows.length };
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

async function readUpload(form: FormData): Promise<{ name: string; text: string } | ImportFormState> {
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) return { status: "failed", message: "noFile" };
  if (upload.size > MAX_IMPORT_BYTES) return { status: "failed", message: "tooLarge" };
  return { name: upload.name, text: decodeUpload(new Uint8Array(await upload.arrayBuffer())) };
}

function stateOf(outcome: ImportOutcome, step: "checked" | "applied", hash?: string): ImportFormState {
  if (!outcome.ok)
    return {
      status: "failed",
      message: outcome.formError,
      ...(outcome.report ? { data: { report: shown(outcome.report) } } : {}),
    };
  const { counts, fileErrors } = outcome.data;
  const ready =
    step === "checked" && counts.reject === 0 && fileErrors.length === 0 && counts.create + counts.update > 0;
  return { status: "saved", data: { step, report: shown(outcome.data), ...(ready && hash ? { checkedHash: hash } : {}) } };
}

/**
 * Both steps in one action, so that the page shows whichever came last. "Import now" sends the
 * checked file again with the fingerprint of the dry run: a file changed in between is not imported
 * unchecked.
 */
export async function importAction(_state: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await currentActor();
  const file = await readUpload(form);
  if ("status" in file) return file;
  const hash = hashOf(file.text);
  if (form.get("intent") !== "apply") return stateOf(await planImport(file, actor), "checked", hash);
  if (form.get("checkedHash") !== hash) return { status: "failed", message: "changed" };
  const outcome = await applyImport(file, actor);
  if (outcome.ok && outcome.data.applied) {
    revalidatePath("/admin/offers");
    revalidatePath("/admin/organisations");
  }
  return stateOf(outcome, "applied");
}
