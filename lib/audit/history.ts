import "server-only";
// A record's history and "restore this version": the record's entries newest first, each marked
// when it holds the whole record (a form's save, an import) and so can be restored; a restore is
// the record's own save with that snapshot, audited as a restore, refused when the snapshot names a
// record that no longer exists.
import { z } from "zod";
import { can, type Actor } from "../auth/policy";
import { db } from "../db/index";
import * as field from "../forms/fields";
import { nestValues, type FormValues } from "../forms/values";
import type { MutationResult } from "../mutation/mutate";
import { changedFields, type FieldChange } from "./diff";
import { fieldName } from "./fields";
import { auditEntrySelect, pageOfAuditEntries } from "./log";
import { recordNames } from "./names";
import { kindOfEntity, type CurrentRecord, type RecordKind } from "./record-kinds";
import { referencedIds } from "./describe";

const isSnapshot = (value: unknown): value is FormValues =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The snapshot an entry leaves the record in, when it holds the whole record. */
function wholeSnapshot(kind: RecordKind, after: unknown): FormValues | null {
  return isSnapshot(after) && kind.wholeRecord.every((key) => Object.hasOwn(after, key)) ? after : null;
}

/**
 * Which state of an entry a version is: the one the entry left ("after"), or, for a record's oldest
 * entry only, the one it found ("before"): the record as first recorded. Records the app did not
 * create itself (the demo seed, an installation's data from before the audit trail, a synthetic
 * catalogue) have no entry of their creation; their first change's "before" is the truthful record
 * of what they were, so that first version can be restored like any other.
 */
export type VersionSide = "after" | "before";

export type HistoryEntry = {
  id: string;
  side: VersionSide;
  createdAt: Date;
  action: string;
  summary: string | null;
  user: { id: string; name: string } | null;
  changes: FieldChange[];
  /** whether "restore this version" is offered: a whole snapshot that differs from the record now */
  restorable: boolean;
  /** the record is as this entry left it */
  current: boolean;
};

/** One page of a record's history, newest first; null when the record no longer exists. */
export async function recordHistory(kind: RecordKind, id: string, page = 1) {
  const record = await kind.load(id);
  if (!record) return null;
  const {
    rows,
    total,
    page: shown,
    pageCount,
  } = await pageOfAuditEntries({ entityType: kind.entityType, entityId: id }, page);
  const versions: Array<{ row: (typeof rows)[number]; side: VersionSide; snapshot: FormValues | null }> = rows.map(
    (row) => ({ row, side: "after", snapshot: wholeSnapshot(kind, row.after) }),
  );
  // The record as first recorded stands right below the entry that found it, on whichever page.
  const firstId = await firstRecordedEntry(kind, id);
  const at = versions.findIndex((v) => v.row.id === firstId);
  if (at >= 0) {
    const row = versions[at]!.row;
    versions.splice(at + 1, 0, { row, side: "before", snapshot: wholeSnapshot(kind, row.before) });
  }
  // The newest whole snapshot equal to the record is the version it is in now.
  let currentFound = false;
  const entries: HistoryEntry[] = versions.map(({ row, side, snapshot }) => {
    const isCurrent = !currentFound && snapshot !== null && changedFields(snapshot, record.values).length === 0;
    if (isCurrent) currentFound = true;
    return {
      id: row.id,
      side,
      createdAt: row.createdAt,
      action: side === "before" ? "firstRecorded" : row.action,
      summary: row.summary,
      user: side === "before" ? null : row.user,
      changes: side === "before" ? [] : changedFields(row.before, row.after),
      restorable: snapshot !== null && !isCurrent,
      current: isCurrent,
    };
  });
  return { record, entries, total, page: shown, pageCount };
}

/** Fields of a snapshot that name records which no longer exist (a category removed since). */
async function missingReferences(kind: RecordKind, snapshot: FormValues, locale: string) {
  const referring = Object.entries(snapshot).filter(([name]) => {
    const { kind: valueKind } = fieldName(kind.entityType, name);
    return valueKind === "id" || valueKind === "ids";
  });
  const names = await recordNames(
    referencedIds(referring.map(([name, value]) => ({ field: name, before: undefined, after: value }))),
    locale,
  );
  return referring
    .filter(([, value]) => [value].flat().some((id) => id !== "" && !names.has(id)))
    .map(([name]) => name);
}

export type RestorePlan = {
  kind: RecordKind;
  entityId: string;
  side: VersionSide;
  entry: { id: string; createdAt: Date; action: string; user: { id: string; name: string } | null };
  record: CurrentRecord;
  /** what the restore changes, from the record now to the chosen version */
  changes: FieldChange[];
  /** fields whose chosen value names a record that is gone: the restore is refused */
  missing: string[];
  snapshot: FormValues;
};

// A record's early entries that hold only part of it ("still correct") come before its first whole one.
const EARLY_ENTRIES = 100;

/**
 * The entry whose "before" is the record as first recorded: the first entry holding the whole
 * record, when it holds it before its change. None when that first entry created the record (its
 * own version is the first) or no entry holds the whole record.
 */
async function firstRecordedEntry(kind: RecordKind, entityId: string): Promise<string | null> {
  const rows = await db.auditEntry.findMany({
    where: { entityType: kind.entityType, entityId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: EARLY_ENTRIES,
    select: { id: true, before: true, after: true },
  });
  for (const row of rows) {
    if (wholeSnapshot(kind, row.before)) return row.id;
    if (wholeSnapshot(kind, row.after)) return null;
  }
  return null;
}

/** What restoring a version (the state an entry left, or the first recorded) would do; null when there is none. */
export async function restorePlan(entryId: string, locale: string, side: VersionSide = "after"): Promise<RestorePlan | null> {
  if (!z.uuid().safeParse(entryId).success) return null;
  const entry = await db.auditEntry.findUnique({ where: { id: entryId }, select: auditEntrySelect });
  const kind = entry ? kindOfEntity(entry.entityType) : null;
  const snapshot = entry && kind ? wholeSnapshot(kind, side === "before" ? entry.before : entry.after) : null;
  if (!entry || !kind || !snapshot) return null;
  if (side === "before" && (await firstRecordedEntry(kind, entry.entityId)) !== entry.id) return null;
  const record = await kind.load(entry.entityId);
  if (!record) return null;
  return {
    kind,
    entityId: entry.entityId,
    side,
    entry: { id: entry.id, createdAt: entry.createdAt, action: entry.action, user: entry.user },
    record,
    changes: changedFields(record.values, snapshot),
    missing: await missingReferences(kind, snapshot, locale),
    snapshot,
  };
}

const restoreSchema = z.object({ entryId: field.id(), side: z.enum(["after", "before"]).default("after") });

/**
 * Restores a record to the state an entry left it in, as a new change: the record's own save (its
 * checks, policy and audit) with the snapshot, recorded as "restore". The version is the one the
 * record has now, so a save made meanwhile is overwritten only if it came before this read.
 */
export async function restoreVersion(
  input: unknown,
  actor: Actor,
): Promise<MutationResult<{ kind: RecordKind; id: string }>> {
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "not_found" };
  if (!can(actor, "history.restore")) return { ok: false, fieldErrors: {}, formError: "forbidden" };
  const plan = await restorePlan(parsed.data.entryId, "de", parsed.data.side);
  if (!plan) return { ok: false, fieldErrors: {}, formError: "not_found" };
  if (plan.missing.length)
    return {
      ok: false,
      fieldErrors: Object.fromEntries(plan.missing.map((name) => [name, ["missingRecord"]])),
      formError: "missingRecord",
    };
  const result = await plan.kind.save(
    nestValues({ ...plan.snapshot, id: plan.entityId, version: String(plan.record.version) }),
    actor,
    { action: "restore" },
  );
  return result.ok ? { ok: true, data: { kind: plan.kind, id: plan.entityId } } : result;
}
