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
