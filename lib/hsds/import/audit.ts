import "server-only";
// The history of every record an import creates or changes: one audit entry per record, with the
// record as its form shows it before and after, as if it had been saved there. Written in the
// import's transaction, many rows per statement, so that ten thousand records stay fast.
import { appendAudits, type AuditInput, type RecordSnapshot } from "../../audit/append";
import type { DbTransaction as Tx } from "../../db/client";
import { locationSnapshots } from "../../locations/editing";
import { offerSnapshots } from "../../offers/editing";
import { organisationSnapshots } from "../../organisations/editing";
import type { ImportPlan } from "./plan";

type Kind = "Organization" | "Location" | "Offer";
type Snapshots = Record<Kind, Map<string, RecordSnapshot>>;
type Changed = Record<Kind, { created: string[]; updated: string[] }>;

const load: Record<Kind, (tx: Tx, ids: readonly string[]) => Promise<Map<string, RecordSnapshot>>> = {
  Organization: organisationSnapshots,
  Location: locationSnapshots,
  Offer: offerSnapshots,
};

function changed(plan: ImportPlan): Changed {
  const split = (plans: ReadonlyArray<{ id: string; action: string }>) => ({
    created: plans.filter((p) => p.action === "create").map((p) => p.id),
    updated: plans.filter((p) => p.action === "update").map((p) => p.id),
  });
  return { Organization: split(plan.organisations), Location: split(plan.locations), Offer: split(plan.offers) };
}

const kinds = ["Organization", "Location", "Offer"] as const;

/** The records the import is about to change, as they are now. */
export async function snapshotsBefore(tx: Tx, plan: ImportPlan): Promise<Snapshots> {
  const ids = changed(plan);
  const out = {} as Snapshots;
  for (const kind of kinds) out[kind] = await load[kind](tx, ids[kind].updated);
  return out;
}

/** One entry per created or changed record, read back after the import wrote it. */
export async function appendRecordAudits(
  tx: Tx,
  plan: ImportPlan,
  before: Snapshots,
  userId: string | null,
): Promise<number> {
  const ids = changed(plan);
  const entries: AuditInput[] = [];
  for (const kind of kinds) {
    const { created, updated } = ids[kind];
    const after = await load[kind](tx, [...created, ...updated]);
    for (const [action, list] of [
      ["importCreate", created],
      ["importUpdate", updated],
    ] as const)
      for (const id of list) {
        const now = after.get(id);
        entries.push({
          userId,
          action,
          entityType: kind,
          entityId: id,
          summary: now?.summary,
          before: before[kind].get(id)?.values,
          after: now?.values,
        });
      }
  }
  await appendAudits(tx, entries);
  return entries.length;
}
