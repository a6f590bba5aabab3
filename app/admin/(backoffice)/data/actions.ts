"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import type { ImportFormState } from "@/lib/hsds/import/answer";
import { pageOfReport, reportQuery, type ReportFilter } from "@/lib/hsds/import/report-page";
import { applyImport, decodeUpload, MAX_IMPORT_BYTES, planImport, type ImportOutcome } from "@/lib/hsds/import/run";

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

async function readUpload(form: FormData): Promise<{ name: string; text: string } | ImportFormState> {
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) return { status: "failed", message: "noFile" };
  // Refused before a byte of it is decoded or parsed.
  if (upload.size > MAX_IMPORT_BYTES) return { status: "failed", message: "tooLarge" };
  return { name: upload.name, text: decodeUpload(new Uint8Array(await upload.arrayBuffer())) };
}

type Query = { page: number; filter?: ReportFilter };

function stateOf(outcome: ImportOutcome, step: "checked" | "applied", query: Query, hash?: string): ImportFormState {
  const shown = (report: Parameters<typeof pageOfReport>[0]) => pageOfReport(report, query);
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
 * unchecked. Another page of the report is another dry run of the same file.
 */
export async function importAction(_state: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await currentActor();
  const file = await readUpload(form);
  if ("status" in file) return file;
  const hash = hashOf(file.text);
  const query = reportQuery(form.get("page"), form.get("filter"));
  if (form.get("intent") !== "apply") return stateOf(await planImport(file, actor), "checked", query, hash);
  if (form.get("checkedHash") !== hash) return { status: "failed", message: "changed" };
  const outcome = await applyImport(file, actor);
  if (outcome.ok && outcome.data.applied) {
    revalidatePath("/admin/offers");
    revalidatePath("/admin/organisations");
  }
  return stateOf(outcome, "applied", { page: 1 });
}
