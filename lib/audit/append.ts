// The audit trail: every write appends who changed what, when, before and after, in the same
// transaction as the change itself.
import type { Db } from "../db/client";

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
