import "server-only";
// Importing offers, their providers and places from a CSV file (lib/hsds/csv-format.ts) or an HSDS
// document (as lib/hsds/dataset.ts exports it). A dry run reports, line by line, what an import
// would create, update or leave alone and why it would reject a line; the import itself writes all
// of it in one transaction or, if any line is rejected, nothing. Records are matched by external
// id, so that reading the same file twice changes nothing the second time.
import type { ImportTwin } from "../../duplicates/import-twins";
import { z } from "zod";
import { can, type Actor } from "../../auth/policy";
import type { DbTransaction } from "../../db/client";
import { db, dbKind } from "../../db/index";
import { mutate } from "../../mutation/mutate";
import { appendRecordAudits, snapshotsBefore } from "./audit";
import { readCsv } from "./csv";
import { readHsds } from "./hsds";
import type { ImportFormat, ImportSet, Reason } from "./model";
import { IMPORT_TIMEOUT_MS, MAX_IMPORT_BYTES } from "./limits";
import { hasChanges, planImport as plan, type ImportCounts, type ImportPlan, type ReportRow } from "./plan";
import { writePlan } from "./write";

export type { ImportCounts, Reason, ReportRow };
export type ImportFile = { name: string; text: string };

/** What an import is doing: "n of m" counts the lines of the file, or the records being written. */
export type ImportPhase = "reading" | "checking" | "writing" | "indexing" | "recording";
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

/** Hooks of a job into the import's transaction (lib/hsds/import/job/execute.ts). */
export type ImportHooks = {
  progress?: ImportProgress;
  /** runs first in the transaction, before anything is read */
  begin?: (tx: DbTransaction) => Promise<void>;
  /** runs last in the transaction, with the report of what was written */
  commit?: (tx: DbTransaction, report: ImportReport) => Promise<void>;
};

export { MAX_IMPORT_BYTES };

export type ImportReport = {
  fileName: string;
  format: ImportFormat;
  /** problems with the file as a whole (its columns, its syntax), which reject every line */
  fileErrors: Reason[];
  rows: ReportRow[];
  counts: ImportCounts;
  /** whether this report describes a completed import rather than a dry run */
  applied: boolean;
  /** new organisations that look like ones in the directory or in the same file */
  twins?: ImportTwin[];
  twinsUnchecked?: number;
};

/** Shaped like a MutationResult, so that forms and tests read it the same way. */
export type ImportOutcome =
  | { ok: true; data: ImportReport }
  | { ok: false; fieldErrors: Record<string, string[]>; formError: string; report?: ImportReport };

const fileSchema = z.object({
  name: z.string().trim().max(255).default("import"),
  text: z.string().max(MAX_IMPORT_BYTES, "tooLarge"),
});

/** Bytes of an upload as text: UTF-8, or Windows-1252 as older Excel versions save CSV. */
export function decodeUpload(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // Uniform line ends: a text's line breaks then compare equal however the file was saved.
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function detectFormat(text: string): ImportFormat {
  return /^\s*[{[]/.test(text) ? "hsds" : "csv";
}

async function readFile(text: string, progress?: ImportProgress): Promise<ImportSet> {
  progress?.("reading", 0, 0);
  const set = await (detectFormat(text) === "hsds" ? readHsds(text) : readCsv(text));
  progress?.("checking", 0, set.units.length);
  return set;
}

function reportOf(name: string, planned: ImportPlan, applied: boolean): ImportReport {
  return {
    fileName: name,
    format: planned.format,
    fileErrors: planned.fileErrors,
    rows: planned.rows,
    counts: planned.counts,
    applied,
    twins: planned.twins,
    twinsUnchecked: planned.twinsUnchecked,
  };
}

const rejected = (planned: ImportPlan) => planned.fileErrors.length > 0 || planned.counts.reject > 0;
const refused = (formError: string, report?: ImportReport): ImportOutcome => ({
  ok: false,
  fieldErrors: {},
  formError,
  ...(report ? { report } : {}),
});

/** The file and the actor as an import needs them, or why not. */
export function checkImport(file: ImportFile, actor: Actor): ImportOutcome | z.infer<typeof fileSchema> {
  if (!can(actor, "data.import")) return refused("forbidden");
  const parsed = fileSchema.safeParse(file);
  if (!parsed.success)
    return refused(parsed.error.issues.some((i) => i.message === "tooLarge") ? "tooLarge" : "invalid");
  return parsed.data;
}

/** The dry run: what an import of this file would do, without writing anything. */
export async function planImport(file: ImportFile, actor: Actor, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const checked = checkImport(file, actor);
  if ("ok" in checked) return checked;
  const planned = await plan(db, await readFile(checked.text, hooks.progress), hooks.progress);
  return { ok: true, data: reportOf(checked.name, planned, false) };
}

/** Signals from inside the transaction that nothing is to be written. */
class NotWritten extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super("not written");
  }
}

/**
 * The import: plans again inside the transaction (the database may have changed since the dry run)
 * and writes only if no line is rejected. Each record it creates or changes gets its own audit
 * entry, besides the one for the file. A file that changes nothing writes nothing, not even an
 * audit entry.
 */
export async function applyImport(file: ImportFile, actor: Actor, hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const checked = checkImport(file, actor);
  if ("ok" in checked) return checked;
  const { progress } = hooks;
  const set = await readFile(checked.text, progress);
  try {
    const result = await mutate({
      schema: fileSchema,
      action: "data.import",
      actor,
      input: checked,
      // A form's save is given five seconds.
      timeout: IMPORT_TIMEOUT_MS,
      write: async (tx, data) => {
        await hooks.begin?.(tx);
        const planned = await plan(tx, set, progress);
        if (rejected(planned)) throw new NotWritten(refused("rejected", reportOf(data.name, planned, false)));
        if (!hasChanges(planned)) throw new NotWritten({ ok: true, data: reportOf(data.name, planned, false) });
        const before = await snapshotsBefore(tx, planned);
        await writePlan(tx, dbKind, planned, progress);
        progress?.("recording", 0, planned.rows.length);
        await appendRecordAudits(tx, planned, before, actor?.id ?? null);
        const { counts } = planned;
        const report = reportOf(data.name, planned, true);
        await hooks.commit?.(tx, report);
        return {
          result: report,
          audit: {
            action: "import",
            entityType: "Import",
            entityId: crypto.randomUUID(),
            summary: data.name,
            after: {
              file: data.name,
              format: planned.format,
              rows: planned.rows.length,
              organisations: counts.organisations,
              locations: counts.locations,
              offers: counts.offers,
            },
          },
        };
      },
    });
    return result.ok ? result : refused(result.formError ?? "invalid");
  } catch (error) {
    if (error instanceof NotWritten) return error.outcome;
    throw error;
  }
}
