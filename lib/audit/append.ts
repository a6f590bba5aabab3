// The audit trail: every write appends who changed what, when, before and after, in the same
// transaction as the change itself.
import type { Db } from "../db/client";
import { insertRows, type RawExecutor } from "../db/insert-rows";

type Tx = Pick<Db, "auditEntry">;

export type AuditInput = {
  userId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary?: string;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy: dates become ISO strings, undefined fields disappear. */
const snapshot = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as object));

export async function appendAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}

/** A record as its history shows it: a line to name it and its form's values. */
export type RecordSnapshot = { summary: string; values: Record<string, unknown> };

/**
 * Many entries at once, for a write that changes many records (an import), in the caller's
 * transaction: multi-row INSERTs, about five times faster than createMany for ten thousand entries.
 */
export async function appendAudits(tx: RawExecutor, entries: readonly AuditInput[]): Promise<void> {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const createdAt = new Date();
  await insertRows(
    tx,
    "AuditEntry",
    entries.map((entry) => ({
      id: crypto.randomUUID(),
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary ?? null,
      before: json(entry.before),
      after: json(entry.after),
      createdAt,
    })),
  );
}
