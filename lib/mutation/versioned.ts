import "server-only";
// Optimistic concurrency for back-office saves: a form carries the version it was loaded with, and
// a save or delete goes ahead only if the record still has it. A refusal carries the record as it
// is now, so that the form can show what someone else changed.
import type { AuditInput } from "../audit/append";
import { AppError } from "./mutate";
import type { FormValues } from "../forms/values";

type Versioned = { version: number };

/** The record as loaded in the transaction, if it still exists and is still at `version`. */
export function expectVersion<R extends Versioned>(
  record: R | null,
  version: number,
  valuesOf: (record: R) => FormValues,
): R {
  if (!record) throw new AppError("NOT_FOUND");
  if (record.version !== version)
    throw new AppError("CONFLICT", "stale", { version: record.version, current: valuesOf(record) });
  return record;
}

/** A write conditioned on the version found no row: someone saved in between. */
export function expectWritten(written: { count: number }): void {
  if (written.count === 0) throw new AppError("CONFLICT");
}

type DeleteSpec<R extends Versioned, T> = {
  entityType: string;
  id: string;
  version: number;
  load: () => Promise<R | null>;
  /** deletes the row only while it still has `version` */
  remove: () => Promise<{ count: number }>;
  valuesOf: (record: R) => FormValues;
  summaryOf: (record: R) => string;
  result: (record: R) => T;
};

/**
 * Deletes a record as the user last saw it: someone may have just corrected it, and deleting what
 * the user has not seen would be a surprise. The audit entry keeps what it was.
 */
export async function deleteVersioned<R extends Versioned, T>(
  spec: DeleteSpec<R, T>,
): Promise<{ result: T; audit: Omit<AuditInput, "userId"> }> {
  const before = expectVersion(await spec.load(), spec.version, spec.valuesOf);
  expectWritten(await spec.remove());
  return {
    result: spec.result(before),
    audit: {
      action: "delete",
      entityType: spec.entityType,
      entityId: spec.id,
      summary: spec.summaryOf(before),
      before: spec.valuesOf(before),
    },
  };
}

/** What a save answers with: the version the record now has and the record as its form shows it. */
export type Saved = { version: number; values: FormValues };

type UpdateSpec<R extends Versioned, T> = {
  entityType: string;
  id: string;
  version: number;
  /** the record with everything its form shows; loaded before and again after the write */
  load: () => Promise<R | null>;
  /** checks that need the stored record, then the row's update, conditioned on `version` */
  update: (before: R) => Promise<{ count: number }>;
  /** what the record owns beside its row (texts, times, links), written after the row */
  parts?: (before: R) => Promise<void>;
  /** work that follows from the change, e.g. rewriting search documents */
  then?: (before: R, after: R) => Promise<void>;
  valuesOf: (record: R) => FormValues;
  summaryOf: (after: R, before: R) => string;
  result: (record: R) => T;
  /** what the audit entry adds to the record's values, e.g. that a password changed */
  auditAfter?: (after: R) => FormValues;
};

/**
 * Saves a record the user last saw at `version`: refused when someone saved it meanwhile. The answer
 * carries the record as stored, so that the form shows exactly that after a save and the next save
 * starts from it, never from what the page was opened with.
 */
export async function updateVersioned<R extends Versioned, T>(
  spec: UpdateSpec<R, T>,
): Promise<{ result: T & Saved; audit: Omit<AuditInput, "userId"> }> {
  const before = expectVersion(await spec.load(), spec.version, spec.valuesOf);
  expectWritten(await spec.update(before));
  await spec.parts?.(before);
  const after = await spec.load();
  if (!after) throw new AppError("NOT_FOUND");
  await spec.then?.(before, after);
  const values = spec.valuesOf(after);
  return {
    result: { ...spec.result(after), version: after.version, values },
    audit: {
      action: "update",
      entityType: spec.entityType,
      entityId: spec.id,
      summary: spec.summaryOf(after, before),
      before: spec.valuesOf(before),
      after: { ...values, ...spec.auditAfter?.(after) },
    },
  };
}
