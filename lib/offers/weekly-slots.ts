import "server-only";
// The weekly times of a page's offers: for the times on result cards and the exact "open now"
// check of the rows the index found. A page's worth of ids, one indexed read.
import { db, dbKind } from "../db";
import { isOpenAt } from "../schedule/occurrences";
import type { WeeklySlot } from "../schedule/types";
import { fromIds } from "../search/engine";
import { Prisma } from "../../generated/sqlite/client";

/**
 * Raw SQL, the ids as one parameter (any number of them): a page's worth of narrow rows by key,
 * where the query builder would cost more than the read. The fields are those of WeeklySlot
 * (lib/schedule/select.ts), in the order a form lists them.
 */
export async function weeklySlotsOf(ids: readonly string[]): Promise<Map<string, WeeklySlot[]>> {
  const out = new Map<string, WeeklySlot[]>();
  if (ids.length === 0) return out;
  const rows = await db.$queryRaw<Array<WeeklySlot & { offerId: string }>>`
    SELECT s."offerId", s."weekday", s."opensAt", s."closesAt", s."interval", s."validFrom", s."validUntil"
    FROM ${fromIds(dbKind, ids, "Schedule", "s", Prisma.sql`s."offerId" = ids."value"`)}
    ORDER BY s."weekday", s."opensAt"`;
  for (const { offerId, ...slot } of rows)
    out.set(offerId, [...(out.get(offerId) ?? []), { ...slot, weekday: Number(slot.weekday), interval: Number(slot.interval) }]);
  return out;
}

/** Which of these offers are open at `at` by their weekly times (rhythm and dates included). */
export async function openAt(ids: readonly string[], at: Date): Promise<Set<string>> {
  const slots = await weeklySlotsOf(ids);
  return new Set(ids.filter((id) => isOpenAt(slots.get(id) ?? [], at)));
}
