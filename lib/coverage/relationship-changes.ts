import "server-only";
// Relationships that began or ended within a period, for the committee report. A relationship
// begins on its "since" day, or, without one, on the day it was entered; it ends on its "until"
// day. Both are calendar days stored as UTC midnight, both ends of the period inclusive.
import { db } from "../db/index";
import type { RelationshipType } from "../relationships/editing";
import type { Period } from "../report/period";

export type RelationshipChange = {
  type: RelationshipType;
  from: string;
  to: string;
  programme: string | null;
  on: Date;
};

export type RelationshipChanges = { started: RelationshipChange[]; ended: RelationshipChange[] };

const endOfDay = (day: Date) => new Date(day.getTime() + 24 * 60 * 60 * 1000 - 1);

const select = {
  type: true,
  since: true,
  until: true,
  createdAt: true,
  from: { select: { name: true } },
  to: { select: { name: true } },
  programme: { select: { slug: true } },
} as const;

export async function relationshipChanges({ from, to }: Period): Promise<RelationshipChanges> {
  const within = { gte: from, lte: endOfDay(to) };
  const [started, ended] = await Promise.all([
    db.relationship.findMany({
      where: { OR: [{ since: within }, { since: null, createdAt: within }] },
      select,
      orderBy: [{ since: "asc" }, { createdAt: "asc" }],
    }),
    db.relationship.findMany({ where: { until: within }, select, orderBy: { until: "asc" } }),
  ]);
  const change = (on: (row: (typeof started)[number]) => Date) => (row: (typeof started)[number]) => ({
    type: row.type as RelationshipType,
    from: row.from.name,
    to: row.to.name,
    programme: row.programme?.slug ?? null,
    on: on(row),
  });
  return {
    started: started.map(change((row) => row.since ?? row.createdAt)),
    ended: ended.map(change((row) => row.until!)),
  };
}
